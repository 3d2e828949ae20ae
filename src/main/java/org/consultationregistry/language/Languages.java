package org.consultationregistry.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The languages the portal speaks. English is the default, for anyone whose browser asks for neither.
 */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale URDU = Locale.forLanguageTag("ur");

	/** In the order the switch offers them. */
	public static final List<Locale> SUPPORTED = List.of(ENGLISH, URDU);

	private Languages() {
	}

	/** The supported language a tag such as "ur", "ur-PK" or "en-GB" names, if any. */
	public static Optional<Locale> supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst();
	}

	/**
	 * The best supported language for an Accept-Language header, honouring its weights; English when it names none
	 * of them or cannot be read.
	 */
	public static Locale forAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return ENGLISH;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
			Locale best = Locale.lookup(ranges, SUPPORTED);
			return (best != null) ? supported(best.toLanguageTag()).orElse(ENGLISH) : ENGLISH;
		}
		catch (IllegalArgumentException ex) {
			return ENGLISH;
		}
	}

	/** The language chosen in this session with the switch, if one was. */
	public static Optional<Locale> chosenIn(HttpSession session) {
		Object chosen = session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME);
		return (chosen instanceof Locale locale) ? supported(locale.toLanguageTag()) : Optional.empty();
	}

	/** Answers the rest of this session in a language chosen earlier, such as the one kept on an account. */
	public static void use(HttpSession session, Locale language) {
		supported(language.toLanguageTag())
			.ifPresent((known) -> session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, known));
	}

}
