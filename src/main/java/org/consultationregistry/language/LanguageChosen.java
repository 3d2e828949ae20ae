package org.consultationregistry.language;

import java.util.Locale;

/**
 * Someone chose the language of the portal with the switch or {@code ?lang=}.
 * @param username who, when signed in; {@code null} for a visitor
 * @param language the language chosen, one of {@link Languages#SUPPORTED}
 */
public record LanguageChosen(String username, Locale language) {
}
