package org.consultationregistry.account;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.consultationregistry.language.Languages;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the sign-in form leads. A success is recorded, notes in the session when it began (for the absolute
 * limit on a session's length), answers in the language the holder chose (now, or at an earlier visit) and sends
 * someone holding a temporary password to choose their own first. A failure
 * is counted and recorded; an attempt refused for too many failures says until when.
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/** Session attribute: the {@link java.time.Instant} the session's holder signed in. */
	static final String SIGNED_IN_AT = SignInOutcomes.class.getName() + ".signedInAt";

	/** Session attribute, present while the holder must choose a new password before anything else. */
	static final String MUST_CHANGE_PASSWORD = SignInOutcomes.class.getName() + ".mustChangePassword";

	/** Session attribute: the {@link SignInThrottle.Refusal} the sign-in page explains, once. */
	static final String REFUSAL = SignInOutcomes.class.getName() + ".refusal";

	static final String CHANGE_PASSWORD_PAGE = "/account/password";

	private final SignIns signIns;

	private final Clock clock;

	private final AuthenticationSuccessHandler continueWhereTheyWere = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInOutcomes(SignIns signIns, @Qualifier("registryClock") Clock clock) {
		this.signIns = signIns;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		HttpSession session = request.getSession();
		SignIns.Welcome welcome = this.signIns.succeeded(authentication.getName(), request.getRemoteAddr(),
				Languages.chosenIn(session));
		session.setAttribute(SIGNED_IN_AT, this.clock.instant());
		welcome.language().ifPresent((language) -> Languages.use(session, language));
		if (welcome.mustChangePassword()) {
			session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
			return;
		}
		this.continueWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof SignInRefusedException refused) {
			request.getSession().setAttribute(REFUSAL, refused.getRefusal());
			response.sendRedirect(request.getContextPath() + "/login?refused");
			return;
		}
		this.signIns.failed(request.getParameter("username"), request.getRemoteAddr());
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
