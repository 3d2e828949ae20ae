package org.consultationregistry.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.language.Languages;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.RecommendationDetails;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.session.SessionStatus;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Browser;
import org.consultationregistry.support.Browser.Hand;
import org.consultationregistry.support.BrowserTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who speaks for a manufacturer signs in, looks for the recommendations about their trade, narrows the list
 * to their theme, opens the one that matters to them, follows it, endorses it and comments on it; then finds it among
 * the recommendations they follow and on the home page, as affecting their organisation: by mouse, by keyboard alone,
 * and in Urdu. Every page on the way is checked with axe-core.
 */
@BrowserTest
class StakeholderJourneyIT {

	/** The stakeholders' organisation, created once in the shared test database. */
	private static final String ORGANISATION = "Sutlej Board Makers (journey test)";

	private static final AtomicInteger RUNS = new AtomicInteger();

	@Autowired
	Accounts accounts;

	@Autowired
	StakeholderDirectory directory;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	IssuesRaised issues;

	@Autowired
	Recommendations recommendations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void byMouse(Browser browser) {
		followAndComment(browser.using(Hand.MOUSE),
				new Story("copper foil", "Lift the duty on copper foil for circuit boards",
						"Count copper foil scrap as recycled input", "Copper foil costs us a third more than abroad.",
						"Importing copper foil in small lots adds weeks to every order."));
	}

	@Test
	void byKeyboardAlone(Browser browser) {
		followAndComment(browser.using(Hand.KEYBOARD),
				new Story("solder paste", "Exempt solder paste from the sales tax on inputs",
						"Test imported solder paste for lead", "Solder paste is taxed twice before it reaches us.",
						"We pay the tax on solder paste at the port and again at the warehouse."));
	}

	/** Switched to Urdu by the address, the stakeholder searches and writes in Urdu. */
	@Test
	void inUrdu(Browser browser) {
		browser.reading(Languages.URDU);
		followAndComment(browser.using(Hand.MOUSE),
				new Story("تانبے کے ورق", "تانبے کے ورق پر درآمدی محصول ختم کیا جائے",
						"تانبے کے ورق کی ردی کو ری سائیکل مواد مانا جائے", "تانبے کا ورق ہمیں باہر سے مہنگا پڑتا ہے۔",
						"ہم اس سفارش کی تائید کرتے ہیں، اس سے ہماری لاگت کم ہو گی۔"));
	}

	private void followAndComment(Browser browser, Story story) {
		String run = " (" + RUNS.incrementAndGet() + "-" + System.nanoTime() % 100000 + ")";
		Organisation organisation = organisation();
		String username = TestAccounts.ensure(this.accounts,
				"journey-stakeholder-" + browser.language().getLanguage() + "-"
						+ browser.hand().name().toLowerCase(Locale.ROOT),
				Role.STAKEHOLDER, organisation);
		// The board published a session in which the organisation raised a trade issue; two recommendations came of
		// it, on the same goods, under two themes.
		ConsultationSession session = publishedSession("Circuit board inputs" + run);
		IssueRaised tradeIssue = issue(session, IssueCategory.TRADE_AND_IMPORTS, story.issue(), organisation);
		IssueRaised otherIssue = issue(session, IssueCategory.REGULATION, story.issue() + run, null);
		String wanted = story.wanted() + run;
		String other = story.other() + run;
		recommend(session, wanted, tradeIssue);
		recommend(session, other, otherIssue);

		browser.open(browser.language().equals(Locale.ENGLISH) ? "/" : "/?lang=" + browser.language().getLanguage());
		browser.follow(browser.text("layout.signIn"))
			.fill("username", username)
			.fill("password", TestAccounts.PASSWORD)
			.press(browser.text("login.submit"));
		assertThat(browser.pageText()).contains(browser.text("layout.signedInAs", username));

		// The search in the header finds both; the link under them leads to the list with its filters.
		browser.fill("header-search", story.words()).press(browser.text("layout.search.submit"));
		assertThat(browser.path()).isEqualTo("/search");
		assertThat(browser.pageText()).contains(wanted, other);

		// The recommendations list, searched again and narrowed to the theme of trade and imports.
		browser.follow(browser.text("layout.nav.recommendations"))
			.fill("q", story.words())
			.choose("theme", browser.text("issue.category.TRADE_AND_IMPORTS"))
			.press(browser.text("recommendations.search.submit"));
		assertThat(browser.pageText()).contains(wanted).doesNotContain(other);
		// A facet narrows it further, to the recommendations still proposed.
		browser.follow(browser.text("recommendation.status.PROPOSED"));
		assertThat(browser.pageText()).contains(wanted).doesNotContain(other);

		browser.follow(wanted);
		assertThat(browser.heading()).isEqualTo(wanted);
		browser.press(browser.text("engagement.follow.start"));
		assertThat(browser.pageText()).contains(browser.text("engagement.follow.stop"));
		browser.press(browser.text("engagement.endorse.give"));
		assertThat(browser.pageText()).contains(browser.text("engagement.endorse.count", 1));
		browser.fill("comment-text", story.comment()).press(browser.text("engagement.comments.send"));
		assertThat(browser.heading()).isEqualTo(wanted);
		assertThat(browser.pageText()).contains(story.comment(), browser.text("engagement.comments.heading", 1));

		// The updates list names it among the recommendations followed ...
		browser.follow(browser.text("layout.nav.updates"));
		assertThat(browser.pageText()).contains(browser.text("updates.following.heading"), wanted);
		// ... and the home page among those that affect the organisation, which raised its issue and follows it.
		browser.follow(browser.text("app.name"));
		assertThat(browser.pageText()).contains(browser.text("affecting.heading"), wanted,
				browser.text("affecting.why.raised"), browser.text("affecting.why.followed"));
		assertThat(browser.pagesChecked()).isGreaterThan(10);
	}

	private ConsultationSession publishedSession(String title) {
		ConsultationSession session = ConsultationSession.plan(new SessionDetails(title, "IT hardware",
				LocalDate.of(2025, 2, 17), null, "P&D Board Complex", "Lahore", null, null, null, null, null));
		session.advanceTo(SessionStatus.PUBLISHED);
		return this.sessions.record(session);
	}

	private IssueRaised issue(ConsultationSession session, IssueCategory category, String title,
			Organisation raisedBy) {
		IssueRaised issue = new IssueRaised(session, category, title, null);
		if (raisedBy != null) {
			issue.raisedBy(null, raisedBy);
		}
		return this.issues.record(issue);
	}

	private void recommend(ConsultationSession session, String title, IssueRaised answered) {
		this.recommendations.record(Recommendation.propose(session,
				new RecommendationDetails(title, null, null, null, null, null, List.of(answered)), "journey-official",
				Instant.now()));
	}

	private Organisation organisation() {
		synchronized (StakeholderJourneyIT.class) {
			List<Long> ids = this.jdbc.queryForList("select id from organisation where name = ?", Long.class,
					ORGANISATION);
			if (!ids.isEmpty()) {
				return this.directory.findOrganisation(ids.get(0)).orElseThrow();
			}
			return this.directory
				.register(new Organisation(ORGANISATION, null, OrganisationType.PRIVATE_SECTOR, "IT hardware"));
		}
	}

	/**
	 * What the stakeholder looks for and writes, in the language they read: the words searched, the recommendation
	 * that matters to them (under trade and imports) and another on the same goods (under regulation), the issue
	 * their organisation raised, and their comment.
	 */
	record Story(String words, String wanted, String other, String issue, String comment) {
	}

}
