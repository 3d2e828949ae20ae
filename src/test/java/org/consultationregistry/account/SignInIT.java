package org.consultationregistry.account;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;
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
 * Signing in and the session it opens: long passwords in any script, a fresh session id, a cookie scripts cannot
 * read, forms that only work from the portal's own pages, and error pages anyone can see.
 */
@PortalTest
class SignInIT {

	/** 64 characters of Urdu: 2 bytes each in UTF-8, far past the 72 bytes at which bcrypt stops reading. */
	private static final String URDU_PASSWORD = "میرا پاس ورڈ بہت لمبا ہے اور اردو میں لکھا گیا ہے تاکہ جانچ ہوئے";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ServletContext servletContext;

	@AfterEach
	void forgetFailures() {
		FailedSignIns.forgetLoopback(this.jdbc);
	}

	@Test
	void aSixtyFourCharacterPasswordInUrduSignsIn() {
		assertThat(URDU_PASSWORD).hasSize(64);
		assertThat(URDU_PASSWORD.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		if (!this.accounts.exists("urdu-writer")) {
			AsAdmin.run(() -> this.accounts.open("urdu-writer", "Urdu writer", URDU_PASSWORD, Role.OFFICIAL, null));
		}

		new Portal(this.port).signIn("urdu-writer", URDU_PASSWORD);

		// Every character counts: the same password less its last word is refused.
		String shorter = URDU_PASSWORD.substring(0, URDU_PASSWORD.lastIndexOf(' '));
		HttpResponse<String> refused = new Portal(this.port).submit("/login", "/login",
				Map.of("username", "urdu-writer", "password", shorter));
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login?error"));
	}

	@Test
	void signingInStartsANewSession() {
		TestAccounts.ensure(this.accounts, "sign-in-official", Role.OFFICIAL, null);
		Portal browser = new Portal(this.port);
		String before = sessionId(browser.get("/login"));

		HttpResponse<String> signedIn = browser.submit("/login", "/login",
				Map.of("username", "sign-in-official", "password", TestAccounts.PASSWORD));

		// The id a visitor had before signing in (which someone else may have planted) is worth nothing after it.
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(sessionId(signedIn)).isNotNull().isNotEqualTo(before);
	}

	@Test
	void theSessionCookieIsKeptFromScriptsAndOtherSites() {
		List<String> cookies = new Portal(this.port).get("/login").headers().allValues("Set-Cookie");

		assertThat(cookies).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax")
				// Local runs and tests use plain HTTP; REGISTRY_SECURE_COOKIES=true adds Secure behind HTTPS.
				.doesNotContain("Secure"));
	}

	@Test
	void aSessionIdNeverAppearsInALink() {
		Portal browser = new Portal(this.port);
		browser.get("/login");

		assertThat(browser.page("/login").select("a[href], form[action]").outerHtml()).doesNotContain("jsessionid");
	}

	@Test
	void aSessionEndsAfterThirtyIdleMinutes() {
		assertThat(this.servletContext.getSessionTimeout()).isEqualTo(30);
	}

	@Test
	void aFormPostedWithoutItsTokenIsRefused() {
		TestAccounts.ensure(this.accounts, "sign-in-official", Role.OFFICIAL, null);
		Portal official = new Portal(this.port).signIn("sign-in-official", TestAccounts.PASSWORD);

		// A page on another site could make the official's browser post this; without the form's token it fails.
		HttpResponse<String> forged = official.post("/sessions/new",
				Map.of("title", "Forged", "theme", "Forged", "heldOn", "2024-10-01"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from consultation_session where title = 'Forged'",
				Integer.class)).isZero();
	}

	@Test
	void anUnknownAddressIsNotFoundForAnyoneWhileRecordsStillAskForASignIn() {
		Portal visitor = new Portal(this.port);

		HttpResponse<String> unknown = visitor.get("/no-such-page");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(visitor.parse(unknown).select("h1").text()).isEqualTo("Something went wrong");

		HttpResponse<String> protectedPage = visitor.get("/sessions/new");
		assertThat(protectedPage.statusCode()).isEqualTo(302);
		assertThat(protectedPage.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void signingOutTakesAFormPost() {
		TestAccounts.ensure(this.accounts, "sign-in-official", Role.OFFICIAL, null);
		Portal official = new Portal(this.port).signIn("sign-in-official", TestAccounts.PASSWORD);

		// A link or image pointing at /logout does not sign anyone out.
		assertThat(official.get("/logout").statusCode()).isNotEqualTo(302);
		assertThat(official.get("/sessions/new").statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = official.submit("/", "/logout", Map.of());
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login?logout"));
		assertThat(official.get("/sessions/new").statusCode()).isEqualTo(302);
	}

	private static String sessionId(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

}
