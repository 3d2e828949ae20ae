package org.consultationregistry.account;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.consultationregistry.language.Languages;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Signing out ends the session, and with it the language chosen in it: the page that says "you have signed out"
 * would come in the browser's language instead of the one the person reads. The language is noted before the
 * session ends and kept in the fresh session the sign-in page starts.
 */
final class SignOutKeepsLanguage implements LogoutHandler, LogoutSuccessHandler {

	private static final String LANGUAGE = SignOutKeepsLanguage.class.getName() + ".language";

	/** Runs before the session is invalidated. */
	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Languages.chosenIn(session).ifPresent((language) -> request.setAttribute(LANGUAGE, language));
		}
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		if (request.getAttribute(LANGUAGE) instanceof Locale language) {
			Languages.use(request.getSession(), language);
		}
		response.sendRedirect(request.getContextPath() + "/login?logout");
	}

}
