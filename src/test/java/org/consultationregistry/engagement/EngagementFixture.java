package org.consultationregistry.engagement;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.RecommendationDetails;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Forms;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records of an engagement test's own: two organisations of its own (created once, so that the shared portal's
 * organisation list does not grow with every test), a stakeholder account for each, an official, and a session
 * whose minutes are published and one still planned, each with an issue raised by each organisation. Recommendations
 * are added per test; {@link #remove} deletes them and the sessions again, so that the public pages show what the
 * demo left.
 */
final class EngagementFixture {

	static final String OFFICIAL = "engage.official";

	/** Speaks for {@link #ASSEMBLERS}. */
	static final String ASSEMBLER = "engage.assembler";

	/** Also speaks for {@link #ASSEMBLERS}: a colleague whose follows count for the organisation. */
	static final String COLLEAGUE = "engage.colleague";

	/** Speaks for {@link #CIRCUITS}. */
	static final String NEIGHBOUR = "engage.circuits";

	static final String ASSEMBLERS = "Ravi Assemblers (engagement test)";

	static final String CIRCUITS = "Indus Circuits (engagement test)";

	private final int port;

	private final JdbcTemplate jdbc;

	private final Recommendations recommendations;

	final Organisation assemblers;

	final Organisation circuits;

	final ConsultationSession published;

	final ConsultationSession planned;

	/** Raised by the assemblers at the published session, under skills. */
	final IssueRaised skillsIssue;

	/** Raised by the circuit makers at the published session, under finance. */
	final IssueRaised financeIssue;

	/** Raised by the assemblers at the planned session, under skills. */
	final IssueRaised plannedIssue;

	private final List<Long> sessionIds = new ArrayList<>();

	EngagementFixture(int port, JdbcTemplate jdbc, Accounts accounts, StakeholderDirectory directory,
			ConsultationSessions sessions, IssuesRaised issues, Recommendations recommendations) {
		this.port = port;
		this.jdbc = jdbc;
		this.recommendations = recommendations;
		this.assemblers = organisation(jdbc, directory, ASSEMBLERS);
		this.circuits = organisation(jdbc, directory, CIRCUITS);
		TestAccounts.ensure(accounts, OFFICIAL, Role.OFFICIAL, null);
		TestAccounts.ensure(accounts, ASSEMBLER, Role.STAKEHOLDER, this.assemblers);
		TestAccounts.ensure(accounts, COLLEAGUE, Role.STAKEHOLDER, this.assemblers);
		TestAccounts.ensure(accounts, NEIGHBOUR, Role.STAKEHOLDER, this.circuits);
		this.published = session(sessions, "Electronics assembly: skills and finance");
		this.planned = session(sessions, "Electronics assembly: the follow-up meeting");
		this.skillsIssue = issue(issues, this.published, IssueCategory.SKILLS, "Too few trained technicians",
				this.assemblers);
		this.financeIssue = issue(issues, this.published, IssueCategory.FINANCE, "Loans for machinery cost too much",
				this.circuits);
		this.plannedIssue = issue(issues, this.planned, IssueCategory.SKILLS, "Apprentices leave after a year",
				this.assemblers);
		jdbc.update("update consultation_session set status = 'PUBLISHED' where id = ?", this.published.getId());
		// Nothing the accounts followed or saw in an earlier test is left over.
		jdbc.update("""
				delete from follow where account_id in (select id from user_account where username in (?, ?, ?, ?))
				""", OFFICIAL, ASSEMBLER, COLLEAGUE, NEIGHBOUR);
		jdbc.update("""
				delete from account_visit
				where account_id in (select id from user_account where username in (?, ?, ?, ?))
				""", OFFICIAL, ASSEMBLER, COLLEAGUE, NEIGHBOUR);
	}

	/**
	 * A recommendation from a session, proposed by one organisation (or none), for another (or none) to carry out,
	 * answering the issues given.
	 */
	Recommendation recommend(ConsultationSession session, String title, Organisation proposer,
			Organisation responsible, IssueRaised... answered) {
		return this.recommendations.record(Recommendation.propose(session,
				new RecommendationDetails(title, null, null, proposer, responsible, null, List.of(answered)),
				OFFICIAL, Instant.now()));
	}

	/** Deletes the test's recommendations and sessions, and with them their comments, follows and updates. */
	void remove() {
		for (long id : this.sessionIds) {
			this.jdbc.update("delete from recommendation where origin_session_id = ?", id);
			this.jdbc.update("delete from consultation_session where id = ?", id);
		}
	}

	Portal visitor() {
		return new Portal(this.port);
	}

	Portal signedIn(String username) {
		return new Portal(this.port).signIn(username, TestAccounts.PASSWORD);
	}

	static String page(Recommendation recommendation) {
		return "/recommendations/" + recommendation.getId();
	}

	/** Submits the form on a page whose action ends as given, with its own hidden fields and what is typed. */
	static HttpResponse<String> press(Portal portal, String pagePath, String actionSuffix, Map<String, String> typed) {
		Document page = portal.page(pagePath);
		return portal.submit(pagePath, Forms.action(page, actionSuffix), Forms.fill(page, actionSuffix, typed));
	}

	/** Comments on a recommendation from its page, with the comment form's one-time token. */
	static HttpResponse<String> comment(Portal portal, String pagePath, String text) {
		Element form = portal.page(pagePath).selectFirst("form.comment-form");
		assertThat(form).as("the comment form on " + pagePath).isNotNull();
		return portal.submit(pagePath, form.attr("action"),
				Map.of("text", text, "token", form.selectFirst("input[name=token]").val()));
	}

	/** Answers a comment from the recommendation's page, with the answer form's one-time token. */
	static HttpResponse<String> reply(Portal portal, String pagePath, long commentId, String text) {
		Element form = portal.page(pagePath)
			.selectFirst("form.reply-form:has(input[name=inReplyTo][value=" + commentId + "])");
		assertThat(form).as("the form answering comment " + commentId).isNotNull();
		return portal.submit(pagePath, form.attr("action"), Map.of("text", text, "inReplyTo",
				String.valueOf(commentId), "token", form.selectFirst("input[name=token]").val()));
	}

	/** An official moves a recommendation on from its page. */
	static void move(Portal official, Recommendation recommendation, String status, String reason) {
		HttpResponse<String> moved = press(official, page(recommendation), "/status",
				Map.of("status", status, "reason", reason));
		assertThat(moved.statusCode()).as("moving to " + status).isEqualTo(302);
	}

	/** Makes it look as if the account's last visit to a page ended {@code hoursAgo}, before what happened since. */
	void visitedHoursAgo(String username, String place, int hoursAgo) {
		this.jdbc.update("""
				update account_visit set last_at = now() - make_interval(hours => ?), previous_at = null
				where place = ? and account_id = (select id from user_account where username = ?)
				""", hoursAgo, place, username);
	}

	private ConsultationSession session(ConsultationSessions sessions, String title) {
		ConsultationSession session = sessions.record(ConsultationSession.plan(new SessionDetails(
				title + " " + UUID.randomUUID(), "Electronics assembly", LocalDate.of(2024, 12, 9), null, null,
				"Lahore", null, null, null, null, null)));
		this.sessionIds.add(session.getId());
		return session;
	}

	private static IssueRaised issue(IssuesRaised issues, ConsultationSession session, IssueCategory category,
			String title, Organisation raisedBy) {
		IssueRaised issue = new IssueRaised(session, category, title, null);
		issue.raisedBy(null, raisedBy);
		return issues.record(issue);
	}

	private static synchronized Organisation organisation(JdbcTemplate jdbc, StakeholderDirectory directory,
			String name) {
		List<Long> ids = jdbc.queryForList("select id from organisation where name = ?", Long.class, name);
		if (!ids.isEmpty()) {
			return directory.findOrganisation(ids.get(0)).orElseThrow();
		}
		return directory.register(new Organisation(name, null, OrganisationType.PRIVATE_SECTOR, "IT hardware"));
	}

}
