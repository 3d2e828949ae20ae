package org.consultationregistry.account;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in not even tried, because of too many recent failures for the account or from the address.
 */
class SignInRefusedException extends AuthenticationException {

	private final transient SignInThrottle.Refusal refusal;

	SignInRefusedException(SignInThrottle.Refusal refusal) {
		super("Too many failed sign-ins; next attempt at " + refusal.until());
		this.refusal = refusal;
	}

	SignInThrottle.Refusal getRefusal() {
		return this.refusal;
	}

}
