package org.consultationregistry.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board onboards manufacturers' representatives from a script: it calls the API with an admin's credentials,
 * statelessly, and nobody else may.
 */
@PortalTest
class AccountApiIT {

	private static final String PASSWORD = "a sturdy initial passphrase 42";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminScriptOpensAStakeholderAccountThatMustChangeItsPassword() throws Exception {
		String username = "airlink." + UUID.randomUUID().toString().substring(0, 8);
		long airlink = this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class);

		HttpResponse<String> opened = post("admin", PortalTest.ADMIN_PASSWORD, """
				{"username": "%s", "displayName": "Airlink representative", "role": "STAKEHOLDER",
				 "organisationId": %d, "initialPassword": "%s"}
				""".formatted(username, airlink, PASSWORD));

		assertThat(opened.statusCode()).isEqualTo(201);
		assertThat(opened.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
			.startsWith("/admin/accounts/"));
		assertThat(opened.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select must_change_password from user_account where username = ?", Boolean.class, username))
			.isTrue();
		new Portal(this.port).signIn(username, PASSWORD);
	}

	@Test
	void onlyAdminsMayOpenAccounts() throws Exception {
		TestAccounts.ensure(this.accounts, "api-official", Role.OFFICIAL, null);
		String body = """
				{"username": "someone.else", "displayName": "Someone", "role": "OFFICIAL",
				 "initialPassword": "%s"}
				""".formatted(PASSWORD);

		assertThat(post("api-official", TestAccounts.PASSWORD, body).statusCode()).isEqualTo(403);
		assertThat(post(null, null, body).statusCode()).isEqualTo(401);
		assertThat(post("admin", "not the password", body).statusCode()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = 'someone.else'",
				Long.class)).isZero();
	}

	@Test
	void aRefusedAccountSaysWhichFieldIsWrong() throws Exception {
		HttpResponse<String> refused = post("admin", PortalTest.ADMIN_PASSWORD, """
				{"username": "no.organisation", "displayName": "Nobody's rep", "role": "STAKEHOLDER",
				 "initialPassword": "%s"}
				""".formatted(PASSWORD));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"organisationId\"").contains("must name the organisation");
	}

	@Test
	void scriptsAreThrottledLikeTheSignInForm() throws Exception {
		String username = "throttled." + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.ensure(this.accounts, username, Role.ADMIN, null);
		for (int i = 0; i < 6; i++) {
			post(username, "wrong guess " + i, "{}");
		}

		assertThat(post(username, TestAccounts.PASSWORD, "{}").statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> post(String username, String password, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/accounts"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
