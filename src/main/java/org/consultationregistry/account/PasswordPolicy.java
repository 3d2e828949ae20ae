package org.consultationregistry.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password someone chooses must be: long enough, and not one of the common passwords shipped with the
 * portal ({@code account/common-passwords.txt}), which are the first an attacker tries. Length is counted in
 * characters, so a password in Urdu or any other script counts as long as it looks.
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	/** Long enough for a passphrase; Argon2 takes any length, but a request should not carry a novel. */
	static final int MAXIMUM_LENGTH = 200;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load(new ClassPathResource("account/common-passwords.txt"));
	}

	/**
	 * Why the password cannot be used, as a message key, or empty when it can.
	 */
	Optional<String> problemWith(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAXIMUM_LENGTH) {
			return Optional.of("password.tooLong");
		}
		if (this.common.contains(password.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.common");
		}
		if (password.codePoints().distinct().count() < 4) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	private static Set<String> load(ClassPathResource list) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the list of common passwords", ex);
		}
	}

}
