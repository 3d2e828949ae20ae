package org.consultationregistry.language;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links in every page's header to read the same page in the other language: plain links, so the switch works
 * without scripts. Each language is named in itself ("English", "اردو"), so that someone who cannot read the page
 * can still find their own.
 */
@ControllerAdvice
class LanguageSwitch {

	private final MessageSource messages;

	LanguageSwitch(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param tag the language's tag, for {@code lang} and {@code hreflang}
	 * @param name its name, in itself
	 * @param href this page in that language
	 */
	public record Link(String tag, String name, String href) {
	}

	@ModelAttribute("otherLanguages")
	List<Link> otherLanguages(HttpServletRequest request) {
		Locale current = LocaleContextHolder.getLocale();
		return Languages.SUPPORTED.stream()
			.filter((language) -> !language.getLanguage().equals(current.getLanguage()))
			.map((language) -> new Link(language.toLanguageTag(),
					this.messages.getMessage("language.name", null, language), href(request, language)))
			.toList();
	}

	/**
	 * The address of this page with {@code lang} set. A page answered to a form's POST has no address of its own
	 * to come back to, so its link leads to the same path read afresh. An error page links to the address that
	 * failed.
	 */
	private static String href(HttpServletRequest request, Locale language) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failed instanceof String original) ? original : request.getRequestURI();
		// Never "//host/...": a browser would read that as another site.
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path.replaceFirst("^/+", "/"));
		if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
			uri.query(request.getQueryString());
		}
		return uri.replaceQueryParam(LanguageConfiguration.PARAMETER, language.toLanguageTag()).build().toUriString();
	}

}
