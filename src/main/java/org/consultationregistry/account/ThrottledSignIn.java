package org.consultationregistry.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password only when the account and the address have not failed too often lately; otherwise
 * the attempt is refused without looking at the password, so that guessing gains nothing.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignIns signIns;

	ThrottledSignIn(AuthenticationProvider passwords, SignIns signIns) {
		this.passwords = passwords;
		this.signIns = signIns;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		this.signIns.refusal(authentication.getName(), address).ifPresent((refusal) -> {
			throw new SignInRefusedException(refusal);
		});
		return this.passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
