package org.consultationregistry.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.language.Languages;
import org.consultationregistry.support.Browser;
import org.consultationregistry.support.BrowserTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages no journey passes through, each checked with axe-core in English and in Urdu: searches with their
 * facets, organisations, an issue, a record's history, the reports, the admin's accounts, the password form, a failed sign-in,
 * a form sent back with its errors, and the error pages. Every page is visited even when an earlier one fails, so
 * that one run lists all that is wrong.
 */
@BrowserTest
class PageAccessibilityIT {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> problems = new ArrayList<>();

	@Test
	void inEnglish(Browser browser) {
		tour(browser);
	}

	@Test
	void inUrdu(Browser browser) {
		browser.reading(Languages.URDU).open("/?lang=ur");
		tour(browser);
	}

	private void tour(Browser browser) {
		String language = browser.language().getLanguage();
		String official = TestAccounts.ensure(this.accounts, "pages-official-" + language, Role.OFFICIAL, null);
		String admin = TestAccounts.ensure(this.accounts, "pages-admin-" + language, Role.ADMIN, null);
		// The demo consultation's records, published, so that everyone may read them.
		long organisation = firstId("organisation");
		long issue = firstId("issue_raised");
		long recommendation = firstId("recommendation");

		visit(browser, "/recommendations?q=manufacturing&theme=TAXATION");
		visit(browser, "/recommendations?status=PROPOSED&sort=OLDEST");
		visit(browser, "/search?q=" + (browser.language().equals(Locale.ENGLISH) ? "assembly" : "Airlink"));
		visit(browser, "/search?q=nothingatallmatchesthis");
		visit(browser, "/organisations");
		visit(browser, "/organisations/" + organisation);
		visit(browser, "/issues/" + issue);
		visit(browser, "/no/such/page");
		visit(browser, "/recommendations/987654321");
		visit(browser, "/recommendations?page=not-a-number");
		step(browser, "a failed sign-in", () -> browser.open("/login")
			.fill("username", "nobody-" + language)
			.fill("password", "not the password at all")
			.press(browser.text("login.submit")));
		assertThat(browser.pageText()).contains(browser.text("login.failed"));

		signIn(browser, official);
		visit(browser, "/audit/Recommendation/" + recommendation);
		visit(browser, "/audit/IssueRaised/" + issue);
		visit(browser, "/reports");
		visit(browser, "/reports/dashboard");
		visit(browser, "/reports/overdue");
		visit(browser, "/reports/overdue?body=" + organisation);
		step(browser, "the password form sent back empty",
				() -> browser.open("/account/password").press(browser.text("password.submit")));
		signOut(browser);

		signIn(browser, admin);
		visit(browser, "/admin/accounts");
		step(browser, "a new account's form sent back empty",
				() -> browser.open("/admin/accounts/new").press(browser.text("account.form.open")));
		visit(browser, "/admin/accounts/" + this.jdbc.queryForObject(
				"select id from user_account where username = ?", Long.class, official));
		signOut(browser);

		assertThat(this.problems).as("pages with accessibility problems").isEmpty();
		assertThat(browser.pagesChecked()).isGreaterThan(15);
	}

	private void visit(Browser browser, String path) {
		step(browser, path, () -> browser.open(path));
	}

	/** Runs a step; what axe-core finds is noted, and the tour goes on to the next page. */
	private void step(Browser browser, String what, Runnable step) {
		try {
			step.run();
		}
		catch (AssertionError problem) {
			this.problems.add(browser.language() + ", " + what + ": " + problem.getMessage());
		}
	}

	private void signIn(Browser browser, String username) {
		browser.open("/login")
			.fill("username", username)
			.fill("password", TestAccounts.PASSWORD)
			.press(browser.text("login.submit"));
		assertThat(browser.pageText()).contains(browser.text("layout.signedInAs", username));
	}

	/** Signs out; the sign-in page that follows is still in the language read. */
	private void signOut(Browser browser) {
		browser.press(browser.text("layout.signOut"));
		assertThat(browser.attribute("html", "lang")).isEqualTo(browser.language().getLanguage());
	}

	private long firstId(String table) {
		return this.jdbc.queryForObject("select min(id) from " + table, Long.class);
	}

}
