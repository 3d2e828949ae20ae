package org.consultationregistry.recommendation;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.support.Forms;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official moves a recommendation along its lifecycle from its page, and keeps its follow-up actions there. Only
 * the moves its status allows are offered, each is recorded with who, when and why, and what is refused is refused
 * in plain words.
 */
@PortalTest
class RecommendationWorkflowIT {

	private static final String OFFICIAL = "official-2";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	IssuesRaised issues;

	@Autowired
	Recommendations recommendations;

	@Autowired
	JdbcTemplate jdbc;

	TestSession session;

	Portal official;

	long id;

	String page;

	@BeforeEach
	void proposeARecommendation() {
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		this.session = TestSession.plan(this.sessions, this.issues);
		this.id = TestSession.asOfficial(OFFICIAL, () -> this.recommendations.propose(this.session.id(),
				this.session.form("Clear IT components at the port within a week")));
		this.page = "/recommendations/" + this.id;
		this.official = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);
	}

	@Test
	void onlyTheMovesItsStatusAllowsAreOffered() {
		assertThat(offeredMoves()).containsExactly("UNDER_REVIEW", "REJECTED", "DEFERRED");

		move("UNDER_REVIEW", "Sent to the finance department for costing");

		assertThat(offeredMoves()).containsExactly("ACCEPTED", "REJECTED", "DEFERRED");
	}

	@Test
	void eachMoveIsRecordedWithWhoWhenAndWhy() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		HttpResponse<String> moved = move("UNDER_REVIEW", "Sent to the finance department for costing");
		move("ACCEPTED", "Costed and approved by the finance department");

		Instant after = Instant.now();
		assertThat(Forms.location(moved)).endsWith(this.page + "#history");
		List<String> timeline = this.official.page(this.page).select("ol.timeline li").eachText();
		assertThat(timeline).hasSize(3);
		assertThat(timeline.get(1)).startsWith("Proposed to Under review")
			.contains("by " + OFFICIAL, "Sent to the finance department for costing");
		assertThat(timeline.get(2)).startsWith("Under review to Accepted");
		List<Map<String, Object>> history = this.jdbc.queryForList("""
				select to_status, changed_by, changed_at, reason from recommendation_status_change
				where recommendation_id = ? order by id
				""", this.id);
		assertThat(history).extracting((row) -> row.get("to_status"))
			.containsExactly("PROPOSED", "UNDER_REVIEW", "ACCEPTED");
		assertThat(history.subList(1, 3)).allSatisfy((row) -> {
			assertThat(row.get("changed_by")).isEqualTo(OFFICIAL);
			assertThat(((Timestamp) row.get("changed_at")).toInstant()).isBetween(before, after);
		});
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event
				where record_type = 'Recommendation' and record_id = ? and action = 'STATUS_CHANGE' and actor = ?
				""", Long.class, this.id, OFFICIAL)).isEqualTo(2);
	}

	@Test
	void aMoveTheStatusDoesNotAllowIsRefusedWithAClearMessage() {
		HttpResponse<String> refused = move("IMPLEMENTED", "It is done already");

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = this.official.parse(refused);
		assertThat(page.select("#status-error").text()).isEqualTo(
				"A recommendation that is Proposed cannot be moved to Implemented. Choose one of the steps offered.");
		assertThat(page.select("textarea[name=reason]").text()).isEqualTo("It is done already");
		assertThat(statusNow()).isEqualTo("PROPOSED");
		assertThat(historyRows()).isEqualTo(1);
	}

	@Test
	void aMoveWithoutAReasonOrToNoKnownStatusIsRefused() {
		Document withoutReason = this.official.parse(move("UNDER_REVIEW", " "));
		Document unknown = this.official.parse(move("MAYBE", "Worth a try"));

		assertThat(withoutReason.select("#reason-error").text()).isEqualTo("Fill this in.");
		assertThat(unknown.select("#status-error").text()).isEqualTo("This is not in the expected form.");
		assertThat(historyRows()).isEqualTo(1);
	}

	@Test
	void aMoveBasedOnAStatusSomeoneElseHasChangedIsRefusedKeepingTheReason() {
		Document seen = this.official.page(this.page);
		TestSession.asOfficial("official-3", () -> {
			this.recommendations.changeStatus(this.id, new ChangeStatusForm(RecommendationStatus.DEFERRED,
					"Wait for next year's budget", 0L));
			return null;
		});

		HttpResponse<String> refused = this.official.submit(this.page, Forms.action(seen, "/status"),
				Forms.fill(seen, "/status", Map.of("status", "UNDER_REVIEW", "reason", "Ready for costing")));

		assertThat(refused.statusCode()).isEqualTo(409);
		Document page = this.official.parse(refused);
		assertThat(page.select(".conflict").text()).contains("Someone else changed this recommendation");
		assertThat(page.select("h1 + span").text()).isEqualTo("Deferred");
		assertThat(page.select("textarea[name=reason]").text()).isEqualTo("Ready for costing");
		assertThat(statusNow()).isEqualTo("DEFERRED");
		// The kept reason can be submitted again, now against the status as it stands.
		assertThat(this.official.submit(this.page, Forms.action(page, "/status"), Forms.fill(page, "/status", Map.of()))
			.statusCode()).isEqualTo(302);
		assertThat(statusNow()).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void anOfficialAddsEditsAndClosesAFollowUpAction() {
		String newForm = this.official.page(this.page).select("a.add-follow-up").attr("href");
		Document form = this.official.page(newForm);
		HttpResponse<String> added = this.official.submit(newForm, Forms.action(form, "/follow-ups"),
				Forms.fill(form, "/follow-ups", Map.of("description", "Draft the fast-lane procedure with customs",
						"ownerOrganisationName", "P&D Board", "ownerPersonName", "Waqas Ranjha", "dueDate",
						"2025-01-15")));

		assertThat(Forms.location(added)).endsWith(this.page + "#follow-ups");
		// Due on a day already past, so the open action is flagged overdue.
		assertThat(followUpRow()).isEqualTo("Draft the fast-lane procedure with customs Waqas Ranjha P&D Board "
				+ "15 January 2025 Overdue Open Edit Mark done");

		String edit = this.official.page(this.page).select("a.edit-follow-up").attr("href");
		Document editForm = this.official.page(edit);
		assertThat(editForm.select("textarea[name=description]").text())
			.isEqualTo("Draft the fast-lane procedure with customs");
		assertThat(editForm.select("input[name=ownerOrganisationName]").val())
			.isEqualTo("Planning and Development Board");
		assertThat(editForm.select("input[name=ownerPersonName]").val()).isEqualTo("Waqas Ranjha");
		assertThat(editForm.select("input[name=ownerPersonId]").val()).isEqualTo(personId("Waqas Ranjha"));
		assertThat(this.official.submit(edit, edit, Forms.fill(editForm, "/edit", Map.of("dueDate", "2025-02-01")))
			.statusCode()).isEqualTo(302);
		assertThat(followUpRow()).contains("1 February 2025");

		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		assertThat(mark("/done").statusCode()).isEqualTo(302);
		assertThat(followUpRow()).contains("Done Done on").endsWith("Reopen");
		Map<String, Object> done = followUpState();
		assertThat(done.get("done")).isEqualTo(true);
		assertThat(((Timestamp) done.get("done_at")).toInstant()).isBetween(before, Instant.now());

		assertThat(mark("/reopen").statusCode()).isEqualTo(302);
		assertThat(followUpRow()).contains("Open Reopened on").endsWith("Mark done");
		Map<String, Object> reopened = followUpState();
		assertThat(reopened.get("done")).isEqualTo(false);
		assertThat(reopened.get("done_at")).isNull();
		assertThat(((Timestamp) reopened.get("reopened_at")).toInstant()).isAfterOrEqualTo(before);
	}

	@Test
	void aFollowUpDueBeforeTheSessionIsRefused() {
		String newForm = this.page + "/follow-ups/new";
		Document form = this.official.page(newForm);

		HttpResponse<String> refused = this.official.submit(newForm, Forms.action(form, "/follow-ups"),
				Forms.fill(form, "/follow-ups",
						Map.of("description", "Ask customs for last year's figures", "dueDate", "2024-11-01")));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = this.official.parse(refused);
		assertThat(page.select("#dueDate-error").text())
			.isEqualTo("The due date cannot be before the day of the session the recommendation came from.");
		assertThat(page.select("textarea[name=description]").text()).isEqualTo("Ask customs for last year's figures");
		assertThat(page.select("input[name=dueDate]").val()).isEqualTo("2024-11-01");
		assertThat(followUps()).isZero();
	}

	@Test
	void submittingTheSameFollowUpFormTwiceAddsOneAction() {
		String newForm = this.page + "/follow-ups/new";
		Document form = this.official.page(newForm);
		Map<String, String> fields = Forms.fill(form, "/follow-ups",
				Map.of("description", "Ask customs for last year's figures"));

		this.official.submit(newForm, Forms.action(form, "/follow-ups"), fields);
		this.official.submit(newForm, Forms.action(form, "/follow-ups"), fields);

		assertThat(followUps()).isEqualTo(1);
	}

	@Test
	void markingAFollowUpSomeoneElseHasChangedIsRefused() {
		long action = TestSession.asOfficial(OFFICIAL, () -> this.recommendations.addFollowUp(this.id,
				new FollowUpForm("Ask customs for last year's figures", null, null, null, null, null, null, null)));
		Document seen = this.official.page(this.page);
		TestSession.asOfficial("official-3", () -> {
			this.recommendations.markFollowUp(this.id, action, 0L, true);
			return null;
		});

		HttpResponse<String> refused = this.official.submit(this.page, Forms.action(seen, "/done"),
				Forms.fill(seen, "/done", Map.of()));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(this.official.parse(refused).select(".conflict").text())
			.contains("Someone else changed this follow-up action");
		assertThat(followUpRow()).contains("Done");
	}

	private List<String> offeredMoves() {
		return this.official.page(this.page)
			.select("form[action$=/status] select[name=status] option:not([value=''])")
			.eachAttr("value");
	}

	private HttpResponse<String> move(String status, String reason) {
		Document page = this.official.page(this.page);
		return this.official.submit(this.page, Forms.action(page, "/status"),
				Forms.fill(page, "/status", Map.of("status", status, "reason", reason)));
	}

	private HttpResponse<String> mark(String actionSuffix) {
		Document page = this.official.page(this.page);
		return this.official.submit(this.page, Forms.action(page, actionSuffix),
				Forms.fill(page, actionSuffix, Map.of()));
	}

	private String followUpRow() {
		return this.official.page(this.page).select("#follow-ups + div tbody tr").text();
	}

	private Map<String, Object> followUpState() {
		return this.jdbc.queryForMap(
				"select done, done_at, reopened_at from follow_up_action where recommendation_id = ?", this.id);
	}

	private long followUps() {
		return this.jdbc.queryForObject("select count(*) from follow_up_action where recommendation_id = ?",
				Long.class, this.id);
	}

	private String statusNow() {
		return this.jdbc.queryForObject("select status from recommendation where id = ?", String.class, this.id);
	}

	private long historyRows() {
		return this.jdbc.queryForObject(
				"select count(*) from recommendation_status_change where recommendation_id = ?", Long.class, this.id);
	}

	private String organisationId(String shortName) {
		return String.valueOf(this.jdbc.queryForObject(
				"select id from organisation where coalesce(acronym, name) = ?", Long.class, shortName));
	}

	private String personId(String fullName) {
		return String.valueOf(
				this.jdbc.queryForObject("select id from person where full_name = ?", Long.class, fullName));
	}

}
