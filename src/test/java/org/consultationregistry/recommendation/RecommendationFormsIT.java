package org.consultationregistry.recommendation;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Forms;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An official records a recommendation from a session page and edits it: the form offers the session's issues,
 * takes people and organisations by name (suggested as the official types), refuses what cannot be right with the
 * reason next to the field, never records the same submission twice, and never lets one official's save silently
 * overwrite another's. Nobody else reaches the forms.
 */
@PortalTest
class RecommendationFormsIT {

	private static final String OFFICIAL = "official-2";

	private static final String OTHER_OFFICIAL = "official-3";

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
	StakeholderDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	TestSession session;

	Portal official;

	@BeforeEach
	void signIn() {
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		this.session = TestSession.plan(this.sessions, this.issues);
		this.official = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);
	}

	@Test
	void anOfficialAddsARecommendationFromTheSessionPage() {
		String newForm = this.official.page(this.session.page()).select("a.add-recommendation").attr("href");
		Document form = this.official.page(newForm);
		assertThat(form.select("fieldset#issueIds label").eachText()).containsExactly(
				"Components held at the port for weeks", "Too few technicians trained in board-level repair");
		// People and organisations are typed, with suggestions fetched as the official types, not picked from a list
		// of the whole registry.
		assertThat(form.select("select")).isEmpty();
		assertThat(form.select("input[name=proposerPersonName]").attr("data-lookup")).endsWith("/lookup/people");
		assertThat(form.select("input[name=responsibleOrganisationName]").attr("data-lookup-id"))
			.isEqualTo("responsibleOrganisationId");

		// Typed as without JavaScript: names and an acronym only, the hidden ids left empty.
		HttpResponse<String> saved = this.official.submit(newForm, Forms.action(form, "/recommendations"),
				Forms.fill(form, "/recommendations",
						Map.of("title", "Clear IT components at the port within a week", "details",
								"Set up a fast lane for components that local assemblers import.", "issueIds",
								id(this.session.imports().getId()), "proposerPersonName", "Faisal Yousaf",
								"proposerOrganisationName", "PBIT", "responsibleOrganisationName", "P&D Board",
								"targetDate", "2025-06-30")));

		assertThat(saved.statusCode()).isEqualTo(302);
		Document page = this.official.page(Forms.location(saved));
		assertThat(page.select("h1").text()).isEqualTo("Clear IT components at the port within a week");
		assertThat(page.select("dl.facts").text()).contains("Faisal Yousaf", "PBIT",
				"Planning and Development Board", "30 June 2025");
		assertThat(page.select("h2:containsOwn(Issues it answers) + ul li").text())
			.contains("Components held at the port for weeks");
		assertThat(page.select("ol.timeline li").eachText()).singleElement()
			.asString()
			.startsWith("Proposed")
			.contains("by " + OFFICIAL);
		assertThat(this.official.page(this.session.page()).select("#recommendations + div tbody tr").eachText())
			.singleElement()
			.asString()
			.startsWith("Clear IT components at the port within a week P&D Board 30 June 2025 Proposed");

		// Editing starts from what was recorded.
		Document edit = this.official.page(page.select("a.edit-recommendation").attr("href"));
		assertThat(edit.select("input[name=title]").val()).isEqualTo("Clear IT components at the port within a week");
		assertThat(edit.select("input[name=issueIds][checked]").eachAttr("value"))
			.containsExactly(id(this.session.imports().getId()));
		assertThat(edit.select("input[name=proposerPersonName]").val()).isEqualTo("Faisal Yousaf");
		assertThat(edit.select("input[name=proposerPersonId]").val()).isEqualTo(personId("Faisal Yousaf"));
		assertThat(edit.select("input[name=responsibleOrganisationName]").val())
			.isEqualTo("Planning and Development Board");
		assertThat(edit.select("input[name=responsibleOrganisationId]").val()).isEqualTo(organisationId("P&D Board"));
		assertThat(edit.select("input[name=targetDate]").val()).isEqualTo("2025-06-30");
	}

	/**
	 * Without JavaScript, the hidden id of the proposer chosen earlier stays in the edit form when the official types
	 * another name over it: the name typed is what counts.
	 */
	@Test
	void aNameTypedOverAnEarlierChoiceReplacesIt() {
		String newForm = "/sessions/" + this.session.id() + "/recommendations/new";
		Document form = this.official.page(newForm);
		HttpResponse<String> saved = this.official.submit(newForm, Forms.action(form, "/recommendations"),
				Forms.fill(form, "/recommendations", Map.of("title", "Survey the repair workshops", "issueIds",
						id(this.session.skills().getId()), "proposerPersonName", "Faisal Yousaf")));
		String edit = Forms.location(saved) + "/edit";
		Document editForm = this.official.page(edit);

		assertThat(this.official.submit(edit, edit,
				Forms.fill(editForm, "/edit", Map.of("proposerPersonName", "Adnan Aftab")))
			.statusCode()).isEqualTo(302);

		assertThat(this.official.page(Forms.location(saved)).select("dl.facts").text()).contains("Adnan Aftab")
			.doesNotContain("Faisal Yousaf");
		// Clearing a name removes the choice, whatever id is still beside it.
		Document again = this.official.page(edit);
		assertThat(again.select("input[name=proposerPersonId]").val()).isEqualTo(personId("Adnan Aftab"));
		assertThat(this.official.submit(edit, edit, Forms.fill(again, "/edit", Map.of("proposerPersonName", "")))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select proposer_person_id from recommendation where id = ?", Long.class,
				Long.valueOf(Forms.location(saved).replaceFirst(".*/", "")))).isNull();
	}

	/**
	 * Two people in the registry share a name. Typed alone, the name cannot tell them apart, so nothing is saved and
	 * the official is asked to pick one from the suggestions; the suggestions tell them apart by their post, and
	 * picking one (which puts its id beside the name, as lookup.js does) records that one.
	 */
	@Test
	void namesakesAreToldApartByPickingFromTheSuggestions() {
		Organisation pbit = this.directory.findOrganisationNamed(null, "PBIT", "organisation");
		Organisation airlink = this.directory.findOrganisationNamed(null, "Airlink", "organisation");
		this.directory.register(new Person(null, "Saima Qureshi", "Deputy Director", pbit));
		Person atAirlink = this.directory.register(new Person(null, "Saima Qureshi", "Head of Supply Chain", airlink));
		String newForm = "/sessions/" + this.session.id() + "/recommendations/new";
		Document form = this.official.page(newForm);

		HttpResponse<String> refused = this.official.submit(newForm, Forms.action(form, "/recommendations"),
				Forms.fill(form, "/recommendations", Map.of("title", "Give importers one contact at customs",
						"issueIds", id(this.session.imports().getId()), "proposerPersonName", "Saima Qureshi")));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = this.official.parse(refused);
		assertThat(page.select("#proposerPersonName-error").text())
			.isEqualTo("Several people are called \"Saima Qureshi\"; pick the right one from the suggestions.");
		assertThat(page.select("input[name=proposerPersonName]").val()).isEqualTo("Saima Qureshi");
		assertThat(recommendationsFromTheSession()).isZero();
		assertThat(this.official.get("/lookup/people?q=Saima%20Qureshi").body())
			.contains("Deputy Director, PBIT", "Head of Supply Chain, Airlink");

		HttpResponse<String> saved = this.official.submit(newForm, Forms.action(page, "/recommendations"),
				Forms.fill(page, "/recommendations", Map.of("proposerPersonId", id(atAirlink.getId()))));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select proposer_person_id from recommendation where origin_session_id = ?", Long.class,
				this.session.id())).isEqualTo(atAirlink.getId());
	}

	@Test
	void aSessionThatFollowsUpAnotherOffersTheIssuesRaisedThereToo() {
		ConsultationSession followUp = this.sessions.record(ConsultationSession.plan(new SessionDetails(
				"IT hardware: second round " + UUID.randomUUID(), "IT hardware manufacturing", LocalDate.of(2025, 2, 3),
				null, null, "Lahore", null, null, null, null, this.session.session())));
		String newForm = "/sessions/" + followUp.getId() + "/recommendations/new";
		Document form = this.official.page(newForm);
		assertThat(form.select("fieldset#issueIds").text()).contains("Raised in the earlier session",
				"Components held at the port for weeks");

		HttpResponse<String> saved = this.official.submit(newForm, Forms.action(form, "/recommendations"),
				Forms.fill(form, "/recommendations", Map.of("title", "Report on port clearance at the next round",
						"issueIds", id(this.session.imports().getId()))));

		assertThat(this.official.page(Forms.location(saved)).select("h2:containsOwn(Issues it answers) + ul li").text())
			.contains("Components held at the port for weeks");
	}

	@Test
	void aRecommendationCanAnswerSeveralIssues() {
		RecommendationForm form = new RecommendationForm("Train technicians at the ports", null,
				List.of(this.session.imports().getId(), this.session.skills().getId()), null, null, null, null, null,
				null, null, null, null);

		long id = TestSession.asOfficial(OFFICIAL, () -> this.recommendations.propose(this.session.id(), form));

		Document page = this.official.page("/recommendations/" + id);
		assertThat(page.select("h2:containsOwn(Issues it answers) + ul li").eachText()).hasSize(2);
		Document edit = this.official.page("/recommendations/" + id + "/edit");
		assertThat(edit.select("input[name=issueIds][checked]")).hasSize(2);
	}

	@Test
	void submittingTheSameFormTwiceRecordsOneRecommendation() {
		String newForm = "/sessions/" + this.session.id() + "/recommendations/new";
		Document form = this.official.page(newForm);
		Map<String, String> fields = Forms.fill(form, "/recommendations", Map.of("title",
				"Publish port clearance times every month", "issueIds", id(this.session.imports().getId())));
		String action = Forms.action(form, "/recommendations");

		HttpResponse<String> first = this.official.submit(newForm, action, fields);
		HttpResponse<String> retried = this.official.submit(newForm, action, fields);

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(Forms.location(retried)).isEqualTo(Forms.location(first));
		assertThat(recommendationsFromTheSession()).isEqualTo(1);
	}

	@Test
	void aDoubleClickWhoseTwoSubmissionsArriveTogetherRecordsOneRecommendation() {
		String newForm = "/sessions/" + this.session.id() + "/recommendations/new";
		Document form = this.official.page(newForm);
		Map<String, String> fields = Forms.fill(form, "/recommendations", Map.of("title",
				"Name one officer for component imports", "issueIds", id(this.session.imports().getId())));
		String action = Forms.action(form, "/recommendations");

		// Both clicks are in flight at once: the second waits for the first's claim on the token.
		CompletableFuture<HttpResponse<String>> first = CompletableFuture
			.supplyAsync(() -> this.official.submit(newForm, action, fields));
		CompletableFuture<HttpResponse<String>> second = CompletableFuture
			.supplyAsync(() -> this.official.submit(newForm, action, fields));

		assertThat(Forms.location(first.join())).isEqualTo(Forms.location(second.join()));
		assertThat(recommendationsFromTheSession()).isEqualTo(1);
	}

	/**
	 * Each row types one thing that cannot be recorded; the form comes back with the reason next to that field,
	 * what was typed still in it, and nothing saved.
	 */
	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			targetDate | 2024-11-03 | The target date cannot be before the day of the session.
			targetDate | 1024-11-04 | Enter a date between 1947 and 2100.
			targetDate | next Tuesday | Enter a date such as 30/09/2024.
			title | LONG | Keep this to 300 characters or fewer.
			details | NUL | Remove the invisible control characters (often pasted in from another program).
			issueIds | 987654321 | Choose issues from the list: only issues raised in this session or the one it \
			follows up can be linked.
			issueIds | first | This is not in the expected form.
			issueIds | DEMO_ISSUE | Choose issues from the list: only issues raised in this session or the one it \
			follows up can be linked.
			responsibleOrganisationName | Punjab Board of Nowhere | No organisation in the registry goes by \
			"Punjab Board of Nowhere". Check the spelling, or pick one from the suggestions as you type.
			proposerPersonName | Imran Nobody | Nobody in the registry is called "Imran Nobody". Check the spelling, \
			or pick someone from the suggestions as you type.
			proposerOrganisationName | LONG | Keep this to 200 characters or fewer.
			""")
	void whatCannotBeRecordedIsRefusedNextToItsField(String field, String typed, String reason) {
		String value = switch (typed) {
			case "LONG" -> "A".repeat(301);
			case "NUL" -> "Cheaper\u0000components";
			case "DEMO_ISSUE" -> String.valueOf(this.jdbc.queryForObject(
					"select min(id) from issue_raised where session_id <> ?", Long.class, this.session.id()));
			default -> typed;
		};
		String newForm = "/sessions/" + this.session.id() + "/recommendations/new";
		Document form = this.official.page(newForm);
		Map<String, String> fields = new HashMap<>(Forms.fill(form, "/recommendations",
				Map.of("title", "Clear components faster", "issueIds", id(this.session.imports().getId()))));
		fields.put(field, value);

		HttpResponse<String> refused = this.official.submit(newForm, Forms.action(form, "/recommendations"), fields);

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = this.official.parse(refused);
		assertThat(page.select("#" + field + "-error").text()).isEqualTo(reason);
		assertThat(page.select(".error-summary").text()).contains(reason);
		if (!field.endsWith("Id") && !field.endsWith("Ids")) {
			// What was typed comes back; a browser, like jsoup, shows a NUL as the replacement character.
			Element typedInto = page.selectFirst("[name=" + field + "]");
			assertThat(typedInto.is("textarea") ? typedInto.wholeText().strip() : typedInto.val())
				.isEqualTo(value.replace('\u0000', '\uFFFD'));
		}
		assertThat(recommendationsFromTheSession()).isZero();
	}

	/**
	 * Two officials open the same recommendation. The one who saves second is told, shown what the first saved, and
	 * keeps their own text; saving it again then goes through, and the history holds both.
	 */
	@Test
	void aSaveBasedOnAStaleVersionIsRefusedWithBothVersionsShown() {
		long id = TestSession.asOfficial(OFFICIAL, () -> this.recommendations.propose(this.session.id(),
				this.session.form("Speed up clearance of components")));
		String edit = "/recommendations/" + id + "/edit";
		Document mine = this.official.page(edit);
		TestAccounts.ensure(this.accounts, OTHER_OFFICIAL, Role.OFFICIAL, null);
		Portal colleague = new Portal(this.port).signIn(OTHER_OFFICIAL, TestAccounts.PASSWORD);
		Document theirs = colleague.page(edit);
		assertThat(colleague.submit(edit, edit, Forms.fill(theirs, "/edit", Map.of("title",
				"Clear components within five working days", "proposerPersonName", "Adnan Aftab")))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> refused = this.official.submit(edit, edit,
				Forms.fill(mine, "/edit", Map.of("title", "Clear components within a week", "details",
						"Start with laptops and tablets.", "responsibleOrganisationName", "PBIT")));

		assertThat(refused.statusCode()).isEqualTo(409);
		Document conflict = this.official.parse(refused);
		assertThat(conflict.select(".conflict .theirs").text()).contains("Clear components within five working days",
				"Adnan Aftab");
		assertThat(conflict.select("input[name=title]").val()).isEqualTo("Clear components within a week");
		assertThat(conflict.select("textarea[name=details]").text()).isEqualTo("Start with laptops and tablets.");
		assertThat(conflict.select("input[name=responsibleOrganisationName]").val()).isEqualTo("PBIT");
		assertThat(title(id)).isEqualTo("Clear components within five working days");

		HttpResponse<String> reapplied = this.official.submit(edit, edit, Forms.fill(conflict, "/edit", Map.of()));

		assertThat(reapplied.statusCode()).isEqualTo(302);
		assertThat(title(id)).isEqualTo("Clear components within a week");
		assertThat(this.jdbc.queryForList("""
				select changes -> 'title' ->> 1 from audit_event
				where record_type = 'Recommendation' and record_id = ? and action = 'UPDATE' order by id
				""", String.class, id)).containsExactly("Clear components within five working days",
						"Clear components within a week");
	}

	@Test
	void anUnknownRecommendationOrSessionIsNotFound() {
		assertThat(this.official.get("/recommendations/987654321/edit").statusCode()).isEqualTo(404);
		assertThat(this.official.get("/sessions/987654321/recommendations/new").statusCode()).isEqualTo(404);
	}

	@Test
	void stakeholdersAndVisitorsCannotReachTheFormsOrPostToThem() {
		long id = TestSession.asOfficial(OFFICIAL, () -> this.recommendations.propose(this.session.id(),
				this.session.form("Open a help desk for component importers")));
		String newForm = "/sessions/" + this.session.id() + "/recommendations/new";
		Map<String, String> move = Map.of("status", "REJECTED", "reason", "Not ours to decide", "version", "0");

		Portal visitor = new Portal(this.port);
		assertThat(visitor.get(newForm).statusCode()).isEqualTo(302);
		assertThat(visitor.get(newForm).headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(visitor.get("/recommendations/" + id + "/edit").statusCode()).isEqualTo(302);
		assertThat(visitor.submit("/login", "/recommendations/" + id + "/status", move).statusCode()).isEqualTo(302);

		Organisation airlink = this.directory.findOrganisationNamed(null, "Airlink", "organisation");
		TestAccounts.ensure(this.accounts, "airlink-rep", Role.STAKEHOLDER, airlink);
		Portal stakeholder = new Portal(this.port).signIn("airlink-rep", TestAccounts.PASSWORD);
		assertThat(stakeholder.get(newForm).statusCode()).isEqualTo(403);
		assertThat(stakeholder.get("/recommendations/" + id + "/follow-ups/new").statusCode()).isEqualTo(403);
		assertThat(stakeholder.submit("/", "/sessions/" + this.session.id() + "/recommendations",
				Map.of("title", "Let us in", "issueIds", id(this.session.imports().getId()))).statusCode())
			.isEqualTo(403);
		assertThat(stakeholder.submit("/", "/recommendations/" + id + "/status", move).statusCode()).isEqualTo(403);

		// The service refuses too, should a route ever be missed in the web rules.
		ChangeStatusForm reject = new ChangeStatusForm(RecommendationStatus.REJECTED, "Not ours", 0L);
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.recommendations.changeStatus(id, reject));
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("airlink-rep", null, "ROLE_STAKEHOLDER"));
		try {
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.recommendations.changeStatus(id, reject));
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		assertThat(recommendationsFromTheSession()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select status from recommendation where id = ?", String.class, id))
			.isEqualTo("PROPOSED");
	}

	@Test
	void thePublicSeesNoFormsOnARecommendationPage() {
		long demo = this.jdbc.queryForObject("select min(id) from recommendation", Long.class);

		Document page = new Portal(this.port).page("/recommendations/" + demo);

		assertThat(page.select("form[action*=/recommendations/]")).isEmpty();
		assertThat(page.select("a[href$=/edit], a.add-follow-up")).isEmpty();
		assertThat(this.official.page("/recommendations/" + demo).select("form[action$=/status]")).hasSize(1);
	}

	private long recommendationsFromTheSession() {
		return this.jdbc.queryForObject("select count(*) from recommendation where origin_session_id = ?",
				Long.class, this.session.id());
	}

	private String title(long id) {
		return this.jdbc.queryForObject("select title from recommendation where id = ?", String.class, id);
	}

	private String organisationId(String shortName) {
		return id(this.jdbc.queryForObject("select id from organisation where coalesce(acronym, name) = ?",
				Long.class, shortName));
	}

	private String personId(String fullName) {
		return id(this.jdbc.queryForObject("select id from person where full_name = ?", Long.class, fullName));
	}

	private static String id(long id) {
		return String.valueOf(id);
	}

}
