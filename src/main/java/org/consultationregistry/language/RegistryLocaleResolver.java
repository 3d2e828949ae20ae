package org.consultationregistry.language;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language of a request: the one chosen in this session if any (a choice is kept in the HTTP session, which a
 * sign-in carries over), otherwise the best match for the browser's Accept-Language, otherwise English. Choices of
 * a language the portal does not speak are ignored.
 */
class RegistryLocaleResolver extends SessionLocaleResolver {

	private final ApplicationEventPublisher events;

	RegistryLocaleResolver(ApplicationEventPublisher events) {
		this.events = events;
		setDefaultLocaleFunction((request) -> Languages.forAcceptLanguage(request.getHeader("Accept-Language")));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale == null) {
			super.setLocale(request, response, null);
			return;
		}
		Languages.supported(locale.toLanguageTag()).ifPresent((language) -> {
			super.setLocale(request, response, language);
			Principal principal = request.getUserPrincipal();
			this.events.publishEvent(new LanguageChosen((principal != null) ? principal.getName() : null, language));
		});
	}

}
