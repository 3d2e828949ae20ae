package org.consultationregistry.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Answers a script whose credentials were refused with 401, and counts a wrong password against the account and
 * the address exactly as the sign-in form does, so the API is no way around the throttle.
 */
class ApiSignInFailures implements AuthenticationEntryPoint {

	private static final String BASIC = "Basic ";

	private final SignIns signIns;

	private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

	ApiSignInFailures(SignIns signIns) {
		this.signIns = signIns;
		this.basic.setRealmName("Consultation Registry");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String header = request.getHeader("Authorization");
		if (exception instanceof BadCredentialsException && header != null && header.startsWith(BASIC)) {
			this.signIns.failed(username(header), request.getRemoteAddr());
		}
		this.basic.commence(request, response, exception);
	}

	private static String username(String header) {
		try {
			String credentials = new String(Base64.getDecoder().decode(header.substring(BASIC.length())),
					StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return (colon >= 0) ? credentials.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
