package org.consultationregistry.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.language.Languages;
import org.consultationregistry.support.Browser;
import org.consultationregistry.support.Browser.Hand;
import org.consultationregistry.support.BrowserTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin opens an account for a stakeholder representative and downloads the recommendations tracker as a
 * spreadsheet; the newcomer signs in with the temporary password and chooses their own: by mouse, by keyboard alone,
 * and in Urdu. Every page on the way is checked with axe-core.
 */
@BrowserTest
class AdminJourneyIT {

	private static final AtomicInteger RUNS = new AtomicInteger();

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void byMouse(Browser browser) {
		openAnAccount(browser.using(Hand.MOUSE), "Farah Naz");
	}

	@Test
	void byKeyboardAlone(Browser browser) {
		openAnAccount(browser.using(Hand.KEYBOARD), "Bilal Ahmed");
	}

	@Test
	void inUrdu(Browser browser) {
		browser.reading(Languages.URDU);
		openAnAccount(browser.using(Hand.MOUSE), "فرح ناز");
	}

	private void openAnAccount(Browser browser, String holder) {
		String admin = TestAccounts.ensure(this.accounts, "journey-admin-" + browser.language().getLanguage() + "-"
				+ browser.hand().name().toLowerCase(Locale.ROOT), Role.ADMIN, null);
		String newcomer = "journey.newcomer." + RUNS.incrementAndGet() + "." + System.nanoTime() % 100000;

		browser.open(browser.language().equals(Locale.ENGLISH) ? "/" : "/?lang=" + browser.language().getLanguage());
		signIn(browser, admin, TestAccounts.PASSWORD);

		browser.follow(browser.text("layout.nav.accounts")).follow(browser.text("account.admin.new"));
		browser.fill("username", newcomer)
			.fill("displayName", holder)
			.choose("role", browser.text("account.role.STAKEHOLDER"))
			.fill("organisationName", "Airlink")
			.press(browser.text("account.form.open"));
		assertThat(browser.pageText()).contains(browser.text("account.temporaryPassword.intro", newcomer));
		String temporaryPassword = browser.driver().findElement(By.cssSelector(".temporary-password code")).getText();
		assertThat(this.accounts.exists(newcomer)).isTrue();

		// The tracker, every recommendation of the registry a row, with its headings in the admin's language.
		List<Long> recommendations = this.jdbc.queryForList("select id from recommendation", Long.class);
		browser.follow(browser.text("layout.nav.reports"));
		Path tracker = browser.download(browser.text("report.export.xlsx"));
		assertThat(tracker.getFileName().toString()).endsWith(".xlsx");
		List<List<String>> rows = rows(tracker);
		assertThat(rows.get(0)).startsWith(browser.text("report.tracker.column.ID"),
				browser.text("report.tracker.column.VERSION"), browser.text("report.tracker.column.TITLE"));
		assertThat(rows.subList(1, rows.size()).stream().map((row) -> Long.valueOf(row.get(0))))
			.containsExactlyInAnyOrderElementsOf(recommendations);
		browser.press(browser.text("layout.signOut"));

		// The holder signs in with the temporary password and is asked for a password of their own first.
		signIn(browser, newcomer, temporaryPassword);
		assertThat(browser.path()).isEqualTo("/account/password");
		String ownPassword = "my own " + newcomer + " password";
		browser.fill("currentPassword", temporaryPassword)
			.fill("newPassword", ownPassword)
			.fill("repeatPassword", ownPassword)
			.press(browser.text("password.submit"));
		assertThat(browser.pageText()).contains(browser.text("password.changed"),
				browser.text("layout.signedInAs", newcomer));
		assertThat(browser.pagesChecked()).isGreaterThan(6);
	}

	/** The first sheet of a workbook, as the text of its cells. */
	private static List<List<String>> rows(Path workbook) {
		DataFormatter cells = new DataFormatter();
		try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : book.getSheetAt(0)) {
				List<String> line = new ArrayList<>();
				row.forEach((cell) -> line.add(cells.formatCellValue(cell)));
				rows.add(line);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void signIn(Browser browser, String username, String password) {
		browser.follow(browser.text("layout.signIn"))
			.fill("username", username)
			.fill("password", password)
			.press(browser.text("login.submit"));
	}

}
