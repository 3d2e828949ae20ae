package org.consultationregistry.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.language.Languages;
import org.consultationregistry.support.Browser;
import org.consultationregistry.support.Browser.Hand;
import org.consultationregistry.support.BrowserTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official of the board signs in, logs a session they held with the people around the table, the issues raised
 * and the recommendation made, writes the minutes, circulates and publishes them, and downloads them as a PDF: by
 * mouse, by keyboard alone, and in Urdu. Every page on the way is checked with axe-core.
 */
@BrowserTest
class OfficialJourneyIT {

	private static final AtomicInteger RUNS = new AtomicInteger();

	@Autowired
	Accounts accounts;

	@Test
	void byMouse(Browser browser) {
		logAndPublishASession(browser.using(Hand.MOUSE), new Record("Journey by mouse: battery recycling",
				"Electronics", "Civic Centre", "Faisalabad", "Ayesha Siddiqui", "Nadia Rehman",
				"Import duty on recycling machinery", "Reduce duty on recycling machinery",
				"The participants agreed to review the duty on recycling machinery."));
	}

	@Test
	void byKeyboardAlone(Browser browser) {
		logAndPublishASession(browser.using(Hand.KEYBOARD), new Record("Journey by keyboard: solar assembly",
				"Renewable energy", "Town Hall", "Multan", "Imran Qureshi", "Sana Malik",
				"Testing labs for solar inverters", "Set up a testing lab for solar inverters",
				"The participants asked for a provincial testing lab."));
	}

	/** Switched to Urdu in the header, the official records the session in Urdu as well. */
	@Test
	void inUrdu(Browser browser) {
		browser.using(Hand.MOUSE).open("/");
		browser.reading(Languages.URDU).follow(browser.text("language.name"));
		assertThat(browser.attribute("html", "lang")).isEqualTo("ur");
		assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
		logAndPublishASession(browser, new Record("موبائل فون سازی پر مشاورت", "الیکٹرانکس", "پی اینڈ ڈی کمپلیکس",
				"لاہور", "عائشہ صدیقی", "ندا رحمان", "پرزہ جات کی درآمد پر محصول",
				"پرزہ جات پر محصول میں کمی", "شرکاء نے پرزہ جات پر محصول میں کمی کی سفارش کی۔"));
	}

	private void logAndPublishASession(Browser browser, Record record) {
		String run = " " + RUNS.incrementAndGet() + "-" + System.nanoTime() % 100000;
		String title = record.title() + run;
		// An account of its own: the language one journey chooses is kept on the account, and restored at sign-in.
		String username = TestAccounts.ensure(this.accounts,
				"journey-official-" + browser.language().getLanguage() + "-" + browser.hand().name().toLowerCase(Locale.ROOT),
				Role.OFFICIAL, null);

		browser.open(browser.language().equals(Locale.ENGLISH) ? "/" : "/?lang=" + browser.language().getLanguage());
		browser.follow(browser.text("layout.signIn"))
			.fill("username", username)
			.fill("password", TestAccounts.PASSWORD)
			.press(browser.text("login.submit"));
		assertThat(browser.pageText()).contains(browser.text("layout.signedInAs", username));

		browser.follow(browser.text("layout.nav.sessions"))
			.follow(browser.text("session.action.new"))
			.fill("title", title)
			.fill("theme", record.theme())
			.fillDate("heldOn", LocalDate.of(2025, 3, 10))
			.fill("venue", record.venue())
			.fill("city", record.city())
			.fill("organiserName", "Airlink")
			.press(browser.text("form.save"));
		assertThat(browser.heading()).isEqualTo(title);
		browser.press(browser.text("session.action.held"));

		browser.fill("fullName", record.chair())
			.fill("designation", "Chair")
			.fill("organisationName", "Airlink")
			.choose("role", browser.text("participant.role.CHAIR"))
			.press(browser.text("participant.form.submit"));
		browser.expand(browser.text("participant.form.title"))
			.fill("fullName", record.participant())
			.fill("organisationName", "Airlink")
			.press(browser.text("participant.form.submit"));
		assertThat(browser.pageText()).contains(record.chair(), record.participant());

		browser.follow(browser.text("issue.action.add"))
			.choose("category", browser.text("issue.category.TAXATION"))
			.fill("title", record.issue())
			.press(browser.text("form.save"));
		assertThat(browser.pageText()).contains(record.issue());

		browser.follow(browser.text("recommendation.add")).fill("title", record.recommendation());
		browser.tick(browser.checkboxLabelled(record.issue()))
			.fill("responsibleOrganisationName", "Airlink")
			.press(browser.text("form.save"));
		assertThat(browser.pageText()).contains(record.recommendation());

		browser.follow(title).follow(browser.text("minutes.action.write"));
		browser.fill("text", record.minutes()).press(browser.text("minutes.edit.save"));
		browser.press(browser.text("minutes.action.circulate"));
		browser.press(browser.text("minutes.action.publish"));
		assertThat(browser.pageText()).contains(browser.text("minutes.notice.published"), record.minutes(),
				browser.text("session.status.PUBLISHED"));

		// The published minutes as a PDF, with the people who sat at the table.
		Path pdf = browser.download(browser.text("report.minutesPdf.link"));
		assertThat(pdfText(pdf)).contains(record.chair(), record.participant());
		assertThat(browser.pagesChecked()).isGreaterThan(10);
	}

	/**
	 * The text of a PDF, with Urdu's joined letter forms (as a shaping font draws them) read as the letters they
	 * are, and runs of white space as one space.
	 */
	private static String pdfText(Path file) {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC)
				.replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the official records, in the language they work in. */
	record Record(String title, String theme, String venue, String city, String chair, String participant,
			String issue, String recommendation, String minutes) {
	}

}
