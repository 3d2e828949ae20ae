package org.consultationregistry.account;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a step of a test's set-up as an admin would, through the services' own role checks.
 */
final class AsAdmin {

	private AsAdmin() {
	}

	static <T> T run(Supplier<T> step) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("test-admin", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
