package org.consultationregistry.account;

import java.net.http.HttpResponse;
import java.util.Map;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone guessing an account's password is slowed down, then locked out for a while with a clear message, and the
 * lock lifts by itself. Every attempt is in the audit log, never with the password.
 */
@PortalTest
class SignInThrottleIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetFailures() {
		FailedSignIns.forgetLoopback(this.jdbc);
	}

	@Test
	void guessingIsSlowedThenLockedAndTheLockLiftsByItself() {
		TestAccounts.ensure(this.accounts, "guessed-official", Role.OFFICIAL, null);
		for (int i = 0; i < SignInThrottle.ACCOUNT.slowAfter(); i++) {
			assertThat(attempt("guessed-official", "wrong guess " + i)).endsWith("/login?error");
		}

		// Even the right password is not tried while the account must wait.
		Portal owner = new Portal(this.port);
		assertThat(attempt(owner, "guessed-official", TestAccounts.PASSWORD)).endsWith("/login?refused");
		assertThat(owner.page("/login").select(".alert-warning").text()).contains("Wait").contains("seconds");

		// More failures over the next minutes (moved into the past here) lock the account.
		this.jdbc.update("update sign_in_failure set failures = ?, last_failure_at = now() - interval '1 minute' "
				+ "where kind = 'ACCOUNT' and key = 'guessed-official'", SignInThrottle.ACCOUNT.lockAfter());
		assertThat(attempt(owner, "guessed-official", TestAccounts.PASSWORD)).endsWith("/login?refused");
		assertThat(owner.page("/login").select(".alert-danger").text()).contains("locked until");

		// A quarter of an hour after the last failure, the owner signs in again.
		this.jdbc.update("update sign_in_failure set last_failure_at = now() - interval '15 minutes' "
				+ "where kind = 'ACCOUNT' and key = 'guessed-official'");
		new Portal(this.port).signIn("guessed-official", TestAccounts.PASSWORD);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sign_in_failure where kind = 'ACCOUNT' and key = 'guessed-official'",
				Integer.class)).isZero();
	}

	@Test
	void oneAddressGuessingManyAccountsIsSlowedToo() {
		for (int i = 0; i < SignInThrottle.ADDRESS.slowAfter(); i++) {
			attempt("someone-" + i, "wrong guess");
		}

		TestAccounts.ensure(this.accounts, "neighbour-official", Role.OFFICIAL, null);
		assertThat(attempt("neighbour-official", TestAccounts.PASSWORD)).endsWith("/login?refused");
	}

	@Test
	void aNameWithANulByteIsRefusedLikeAnyUnknownName() {
		// Scanners and broken clients send NUL, which PostgreSQL refuses in any text: no account can have it.
		assertThat(attempt("guessed\u0000official", "wrong guess")).endsWith("/login?error");
	}

	@Test
	void signInsAndFailuresAreAuditedWithoutThePassword() {
		TestAccounts.ensure(this.accounts, "audited-official", Role.OFFICIAL, null);
		attempt("audited-official", "my secret guess");
		new Portal(this.port).signIn("audited-official", TestAccounts.PASSWORD);

		String trail = this.jdbc.queryForObject("""
				select string_agg(e.action || ' ' || e.actor || ' ' || coalesce(e.changes::text, ''), ' | '
				                  order by e.id)
				from audit_event e join user_account a on a.id = e.record_id and e.record_type = 'UserAccount'
				where a.username = 'audited-official' and e.action in ('SIGN_IN', 'SIGN_IN_FAILED')
				""", String.class);
		assertThat(trail).contains("SIGN_IN_FAILED", "SIGN_IN audited-official", "127.0.0.1")
			.doesNotContain("my secret guess", TestAccounts.PASSWORD);
	}

	private String attempt(String username, String password) {
		return attempt(new Portal(this.port), username, password);
	}

	private static String attempt(Portal browser, String username, String password) {
		HttpResponse<String> response = browser.submit("/login", "/login",
				Map.of("username", username, "password", password));
		return response.headers().firstValue("Location").orElse("");
	}

}
