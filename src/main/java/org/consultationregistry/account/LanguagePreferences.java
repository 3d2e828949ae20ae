package org.consultationregistry.account;

import org.consultationregistry.language.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps on a signed-in person's account the language they choose, so that their next sign-in, from any browser,
 * opens in it.
 */
@Component
class LanguagePreferences {

	private final AccountRepository accounts;

	LanguagePreferences(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@EventListener
	@Transactional
	void on(LanguageChosen chosen) {
		if (chosen.username() != null) {
			this.accounts.updatePreferredLanguage(chosen.username(), chosen.language().toLanguageTag());
		}
	}

}
