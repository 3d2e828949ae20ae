package org.consultationregistry.account;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An admin opens accounts, corrects them, disables them and resets passwords; a temporary password is shown once
 * and must be replaced before its holder can do anything else. The portal never loses its last admin.
 */
@PortalTest
class AccountAdministrationIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	Portal admin;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = new Portal(this.port).signIn("admin", PortalTest.ADMIN_PASSWORD);
	}

	@AfterEach
	void forgetFailures() {
		FailedSignIns.forgetLoopback(this.jdbc);
	}

	@Test
	void aNewAccountsHolderMustChooseTheirOwnPasswordBeforeAnythingElse() {
		String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> opened = this.admin.submit("/admin/accounts/new", "/admin/accounts/new",
				Map.of("token", UUID.randomUUID().toString(), "username", username, "displayName", "Records clerk",
						"role", "OFFICIAL"));
		assertThat(opened.statusCode()).isEqualTo(302);
		String accountPage = opened.headers().firstValue("Location").orElseThrow();

		String temporary = this.admin.page(accountPage).select(".temporary-password code").text();
		assertThat(temporary).hasSize(24);
		// Shown once: reloading the page does not show it again.
		assertThat(this.admin.page(accountPage).select(".temporary-password")).isEmpty();

		Portal clerk = new Portal(this.port).signIn(username, temporary);
		assertThat(clerk.get("/sessions/new").headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/account/password"));
		assertThat(clerk.get("/").statusCode()).isEqualTo(302);

		Document tooShort = clerk.parse(clerk.submit("/account/password", "/account/password",
				Map.of("currentPassword", temporary, "newPassword", "short one", "repeatPassword", "short one")));
		assertThat(tooShort.select("#newPassword-error").text()).contains("at least 12 characters");
		Document common = clerk.parse(clerk.submit("/account/password", "/account/password",
				Map.of("currentPassword", temporary, "newPassword", "Password1234", "repeatPassword", "Password1234")));
		assertThat(common.select("#newPassword-error").text()).contains("first ones people guess");
		// Passwords are never written back into the form.
		assertThat(common.select("input[type=password]")).allSatisfy((input) -> assertThat(input.val()).isEmpty());

		String chosen = "river lantern copper meadow";
		assertThat(clerk.submit("/account/password", "/account/password",
				Map.of("currentPassword", temporary, "newPassword", chosen, "repeatPassword", chosen))
			.statusCode()).isEqualTo(302);
		assertThat(clerk.get("/sessions/new").statusCode()).isEqualTo(200);
		new Portal(this.port).signIn(username, chosen);
	}

	@Test
	void aStakeholderRepresentativeMustNameTheirOrganisation() {
		Document refused = this.admin.parse(this.admin.submit("/admin/accounts/new", "/admin/accounts/new",
				Map.of("token", UUID.randomUUID().toString(), "username", "rep-without-org", "displayName",
						"A representative", "role", "STAKEHOLDER")));

		assertThat(refused.select("#organisationName-error").text()).contains("must name the organisation");
		assertThat(refused.select("#displayName").val()).isEqualTo("A representative");
		assertThat(this.accounts.exists("rep-without-org")).isFalse();
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() {
		TestAccounts.ensure(this.accounts, "leaving-official", Role.OFFICIAL, null);
		Portal official = new Portal(this.port).signIn("leaving-official", TestAccounts.PASSWORD);
		assertThat(official.get("/sessions/new").statusCode()).isEqualTo(200);
		String accountPage = "/admin/accounts/" + idOf("leaving-official");

		this.admin.submit(accountPage, accountPage + "/disable", Map.of());

		assertThat(official.get("/sessions/new").headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login?ended"));
		HttpResponse<String> again = new Portal(this.port).submit("/login", "/login",
				Map.of("username", "leaving-official", "password", TestAccounts.PASSWORD));
		assertThat(again.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login?error"));

		this.admin.submit(accountPage, accountPage + "/enable", Map.of());
		new Portal(this.port).signIn("leaving-official", TestAccounts.PASSWORD);
	}

	@Test
	void aPasswordResetIsAuditedWithoutThePassword() {
		TestAccounts.ensure(this.accounts, "forgetful-official", Role.OFFICIAL, null);
		long id = idOf("forgetful-official");
		Portal official = new Portal(this.port).signIn("forgetful-official", TestAccounts.PASSWORD);

		String accountPage = "/admin/accounts/" + id;
		this.admin.submit(accountPage, accountPage + "/password-reset", Map.of());
		String temporary = this.admin.page(accountPage).select(".temporary-password code").text();

		// The old password and the session it opened are both gone.
		assertThat(official.get("/sessions/new").statusCode()).isEqualTo(302);
		new Portal(this.port).signIn("forgetful-official", temporary);
		String history = this.jdbc.queryForObject(
				"select string_agg(changes::text, ' ') from audit_event where record_type = 'UserAccount' and record_id = ?",
				String.class, id);
		assertThat(history).contains("\"passwordHash\": [\"(hidden)\", \"(hidden)\"]", "mustChangePassword")
			.doesNotContain("argon2", temporary);
	}

	@Test
	void theLastEnabledAdminCannotBeDisabledOrDemoted() {
		long adminId = idOf("admin");
		List<Long> otherAdmins = this.jdbc.queryForList(
				"select id from user_account where role = 'ADMIN' and enabled and id <> ?", Long.class, adminId);
		otherAdmins.forEach((other) -> AsAdmin.run(() -> {
			this.administration.disable(other);
			return other;
		}));
		try {
			String accountPage = "/admin/accounts/" + adminId;
			this.admin.submit(accountPage, accountPage + "/disable", Map.of());
			assertThat(this.admin.page(accountPage).select(".alert-danger").text()).contains("only enabled administrator");

			Document demoted = this.admin.parse(this.admin.submit(accountPage, accountPage, editFields(accountPage,
					Map.of("role", "OFFICIAL"))));
			assertThat(demoted.select("#role-error").text()).contains("only enabled administrator");
			assertThat(this.jdbc.queryForObject("select role = 'ADMIN' and enabled from user_account where id = ?",
					Boolean.class, adminId)).isTrue();
		}
		finally {
			otherAdmins.forEach((other) -> AsAdmin.run(() -> {
				this.administration.enable(other);
				return other;
			}));
		}
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefused() {
		TestAccounts.ensure(this.accounts, "renamed-official", Role.OFFICIAL, null);
		String accountPage = "/admin/accounts/" + idOf("renamed-official");
		Map<String, String> stale = editFields(accountPage, Map.of("displayName", "First correction"));
		assertThat(this.admin.submit(accountPage, accountPage, editFields(accountPage,
				Map.of("displayName", "Second correction"))).statusCode()).isEqualTo(302);

		HttpResponse<String> conflict = this.admin.submit(accountPage, accountPage, stale);

		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(this.admin.parse(conflict).select("#displayName").val()).isEqualTo("First correction");
	}

	@Test
	void onlyAdminsAdministerAccounts() {
		TestAccounts.ensure(this.accounts, "curious-official", Role.OFFICIAL, null);
		Portal official = new Portal(this.port).signIn("curious-official", TestAccounts.PASSWORD);

		assertThat(official.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' "
				+ "and actor = 'curious-official' and changes::text like '%/admin/accounts%'", Integer.class))
			.isPositive();

		// The service checks too, for a caller that did not come through the pages.
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("curious-official", null,
					List.of(new SimpleGrantedAuthority("ROLE_OFFICIAL"))));
		try {
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.administration.list(Pageable.ofSize(10)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The edit form's fields as loaded, with some answers changed. */
	private Map<String, String> editFields(String accountPage, Map<String, String> changes) {
		Document page = this.admin.page(accountPage);
		Map<String, String> fields = new HashMap<>();
		page.select("form[method=post] input[name], form[method=post] select[name]")
			.stream()
			.filter((field) -> !field.attr("name").equals("_csrf"))
			.filter((field) -> field.closest("form").attr("action").equals(accountPage))
			.forEach((field) -> fields.put(field.attr("name"),
					field.tagName().equals("select") ? field.select("option[selected]").val() : field.val()));
		fields.putAll(changes);
		return fields;
	}

	private long idOf(String username) {
		return this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
	}

}
