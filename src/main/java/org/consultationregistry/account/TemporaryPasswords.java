package org.consultationregistry.account;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Passwords the portal makes up: for the first admin, for a new account and after a reset. 144 random bits,
 * written in 24 letters, digits, '-' and '_'.
 */
final class TemporaryPasswords {

	private static final SecureRandom random = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String generate() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
