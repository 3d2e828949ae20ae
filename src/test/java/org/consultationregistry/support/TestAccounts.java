package org.consultationregistry.support;

import java.util.List;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.stakeholder.Organisation;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Accounts for tests to sign in with, opened once per test database by an admin.
 */
public final class TestAccounts {

	public static final String PASSWORD = "a long enough test password";

	private TestAccounts() {
	}

	/** Makes sure an account with this username exists, opening it as an admin would. */
	public static synchronized String ensure(Accounts accounts, String username, Role role,
			Organisation organisation) {
		if (!accounts.exists(username)) {
			SecurityContextHolder.getContext()
				.setAuthentication(new TestingAuthenticationToken("test-admin", null, List.of(
						new SimpleGrantedAuthority("ROLE_ADMIN"))));
			try {
				accounts.open(username, username, PASSWORD, role, organisation);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
		return username;
	}

}
