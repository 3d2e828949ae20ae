package org.consultationregistry.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.consultationregistry.audit.AuditAction;
import org.consultationregistry.audit.AuditLog;
import org.consultationregistry.language.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens around a sign-in besides checking the password: the attempt is written to the audit log (never the
 * password), failures are counted against the account and the address, and a success clears the account's count.
 */
@Service
class SignIns {

	private static final String RECORD_TYPE = UserAccount.class.getSimpleName();

	private final AccountRepository accounts;

	private final SignInThrottle throttle;

	private final AuditLog auditLog;

	SignIns(AccountRepository accounts, SignInThrottle throttle, AuditLog auditLog) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	/** Why an attempt is not even tried, if it is not: too many recent failures for the account or address. */
	@Transactional(readOnly = true)
	Optional<SignInThrottle.Refusal> refusal(String username, String address) {
		return this.throttle.refusal(username, address);
	}

	/**
	 * Counts and records a failed attempt. The username is recorded only when it names an account: a name that
	 * matches none may well be a password typed into the wrong field.
	 */
	@Transactional
	void failed(String username, String address) {
		this.throttle.failed(username, address);
		Map<String, Object[]> details = new LinkedHashMap<>();
		Optional<UserAccount> account = UserAccount.couldBeUsername(username) ? this.accounts.findByUsername(username)
				: Optional.empty();
		account.ifPresent((known) -> details.put("username", new Object[] { null, known.getUsername() }));
		details.put("address", new Object[] { null, address });
		this.auditLog.record(AuditAction.SIGN_IN_FAILED, account.map((known) -> RECORD_TYPE).orElse(null),
				account.map(UserAccount::getId).orElse(null), details);
	}

	/**
	 * Records a sign-in by the account now signed in, and starts its failure count again. A language chosen just
	 * before signing in is the holder's latest wish: it is kept on the account.
	 * @param chosenLanguage the language chosen in the session before the sign-in, if any
	 */
	@Transactional
	Welcome succeeded(String username, String address, Optional<Locale> chosenLanguage) {
		this.throttle.succeeded(username);
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		this.auditLog.record(AuditAction.SIGN_IN, RECORD_TYPE, account.getId(),
				Map.of("address", new Object[] { null, address }));
		String chosen = chosenLanguage.map(Locale::toLanguageTag).orElse(null);
		if (chosen != null && !chosen.equals(account.getPreferredLanguage())) {
			this.accounts.updatePreferredLanguage(account.getUsername(), chosen);
		}
		Optional<Locale> language = Optional.ofNullable((chosen != null) ? chosen : account.getPreferredLanguage())
			.flatMap(Languages::supported);
		return new Welcome(account.isMustChangePassword(), language);
	}

	/**
	 * What a sign-in leads to.
	 * @param mustChangePassword whether the account must choose a new password before using the portal
	 * @param language the language to answer the holder in, when they have ever chosen one
	 */
	record Welcome(boolean mustChangePassword, Optional<Locale> language) {
	}

}
