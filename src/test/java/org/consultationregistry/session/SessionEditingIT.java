package org.consultationregistry.session;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.shared.CappedPage;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Forms;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official plans the follow-up to the Lahore session, gets it wrong a few times, and corrects it while a
 * colleague is editing it too.
 */
@PortalTest
class SessionEditingIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	StakeholderDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConsultationSessions sessions;

	Portal official;

	@BeforeEach
	void signIn() {
		TestAccounts.ensure(this.accounts, "session-official", Role.OFFICIAL, null);
		this.official = new Portal(this.port).signIn("session-official", TestAccounts.PASSWORD);
	}

	@Test
	void planningASessionRecordsItAndWhoDidIt() {
		HttpResponse<String> saved = plan(form("Procurement of local IT hardware", "2024-11-04"));

		assertThat(saved.statusCode()).isEqualTo(302);
		String page = Forms.location(saved);
		Document session = this.official.page(page);
		assertThat(session.select("h1").text()).isEqualTo("Procurement of local IT hardware");
		assertThat(session.select("dl.facts").text()).contains("4 November 2024", "Lahore", "Planning and Development Board");
		assertThat(session.select("ol.series li").eachText()).hasSize(2).last().asString()
			.endsWith("Procurement of local IT hardware");
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		assertThat(this.jdbc.queryForList(
				"select actor from audit_event where record_type = 'ConsultationSession' and record_id = ? and action = 'CREATE'",
				String.class, id))
			.containsExactly("session-official");
	}

	@Test
	void submittingTheSameFormTwiceCreatesOneSession() {
		Document blank = this.official.page("/sessions/new");
		Map<String, String> fields = form("Double-clicked session", "2024-11-05");
		fields.put("token", blank.select("input[name=token]").attr("value"));

		HttpResponse<String> first = plan(fields);
		HttpResponse<String> second = plan(fields);

		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(countTitled("Double-clicked session")).isEqualTo(1);
	}

	@Test
	void badInputIsExplainedNextToEachFieldAndNothingIsSaved() {
		Map<String, String> fields = form("", "0204-09-30");
		fields.put("theme", "IT hardware\u0000");
		fields.put("venue", "x".repeat(201));
		fields.put("sourceUrl", "javascript:alert(1)");

		HttpResponse<String> refused = plan(fields);

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = this.official.parse(refused);
		assertThat(page.select("#title-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#theme-error").text()).startsWith("Remove the invisible control characters");
		assertThat(page.select("#heldOn-error").text()).isEqualTo("Enter a date between 1947 and 2100.");
		assertThat(page.select("#venue-error").text()).isEqualTo("Keep this to 200 characters or fewer.");
		assertThat(page.select("#sourceUrl-error").text()).startsWith("Enter a web address");
		assertThat(page.select(".error-summary li")).hasSize(5);
		assertThat(page.select("input[name=venue]").attr("value")).hasSize(201);
		assertThat(countTitled("")).isZero();
	}

	@Test
	void aSessionCannotFollowUpOneHeldAfterIt() {
		Map<String, String> fields = form("Looking back in time", "2024-01-15");

		Document page = this.official.parse(plan(fields));

		assertThat(page.select("#followsUpId-error").text()).startsWith("A session can only follow up one held on or before");
		assertThat(countTitled("Looking back in time")).isZero();
	}

	@Test
	void aSecondOfficialsSaveOverAStaleFormIsRefusedAndTheirTextKept() {
		String page = Forms.location(plan(form("Tax relief follow-up", "2024-11-06")));
		String edit = page + "/edit";
		Document mine = this.official.page(edit);
		TestAccounts.ensure(this.accounts, "session-colleague", Role.OFFICIAL, null);
		Portal colleague = new Portal(this.port).signIn("session-colleague", TestAccounts.PASSWORD);
		Map<String, String> theirs = Forms.fill(colleague.page(edit), "/edit", Map.of());
		theirs.put("outcome", "Finance department to cost the options.");
		assertThat(colleague.submit(edit, edit, theirs).statusCode()).isEqualTo(302);

		Map<String, String> myChange = Forms.fill(mine, "/edit", Map.of());
		myChange.put("outcome", "The board will write to the finance department.");
		HttpResponse<String> conflict = this.official.submit(edit, edit, myChange);

		assertThat(conflict.statusCode()).isEqualTo(409);
		Document shown = this.official.parse(conflict);
		assertThat(shown.select("#conflict").text()).contains("Finance department to cost the options.",
				"The board will write to the finance department.");
		assertThat(shown.select("textarea[name=outcome]").text()).isEqualTo("The board will write to the finance department.");
		assertThat(this.official.page(page).select("#outcome + p").text()).isEqualTo("Finance department to cost the options.");

		HttpResponse<String> reapplied = this.official.submit(edit, edit, Forms.fill(shown, "/edit", Map.of()));
		assertThat(reapplied.statusCode()).isEqualTo(302);
		assertThat(this.official.page(page).select("#outcome + p").text())
			.isEqualTo("The board will write to the finance department.");
	}

	@Test
	void aNameTypedOverAnEarlierPickIsTheOneSaved() {
		String page = Forms.location(plan(form("Organiser changes hands", "2024-11-07")));
		String edit = page + "/edit";
		Document loaded = this.official.page(edit);
		assertThat(loaded.select("input[name=organiserId]").attr("value")).isNotEmpty();

		this.official.submit(edit, edit, Forms.fill(loaded, "/edit", Map.of("organiserName", "PBIT")));

		assertThat(this.official.page(page).select("dl.facts").text())
			.contains("Punjab Board of Investment and Trade");
	}

	@Test
	void theSessionsListPagesThroughEverySession() {
		plan(form("Paging one", "2024-11-08"));
		plan(form("Paging two", "2024-11-09"));

		Document first = this.official.page("/sessions?size=1");
		String next = first.select("nav .pagination a:contains(Next)").attr("href");
		Document second = this.official.page(next);

		assertThat(next).contains("page=1").contains("size=1");
		assertThat(second.select("tbody tr")).hasSize(1);
		assertThat(second.select("tbody tr").text()).isNotEqualTo(first.select("tbody tr").text());
		long all = this.jdbc.queryForObject("select count(*) from consultation_session", Long.class);
		assertThat(second.select("nav p").text())
			.isEqualTo(String.format(Locale.ENGLISH, "Page 2 of %,d, %,d in all", all, all));
	}

	/** The list counts its sessions only so far; beyond that it says "more than". */
	@Test
	void theSessionsListCountsNoFurtherThanItsLimit() {
		long all = this.jdbc.queryForObject("select count(*) from consultation_session", Long.class);

		CappedPage<ConsultationSession> counted = this.sessions.newestFirst(Audience.STAFF, PageRequest.of(0, 1),
				(int) all);
		CappedPage<ConsultationSession> capped = this.sessions.newestFirst(Audience.STAFF, PageRequest.of(0, 1),
				(int) all - 1);

		assertThat(counted.total()).isEqualTo(all);
		assertThat(counted.totalCapped()).isFalse();
		assertThat(capped.total()).isEqualTo(all - 1);
		assertThat(capped.totalCapped()).isTrue();
		assertThat(capped.hasNext()).isTrue();
	}

	@Test
	void onlyTheBoardsStaffMayPlanSessions() {
		long airlink = this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class);
		TestAccounts.ensure(this.accounts, "airlink-rep", Role.STAKEHOLDER,
				this.directory.findOrganisation(airlink).orElseThrow());
		Portal stakeholder = new Portal(this.port).signIn("airlink-rep", TestAccounts.PASSWORD);

		assertThat(stakeholder.get("/sessions/new").statusCode()).isEqualTo(403);
		assertThat(new Portal(this.port).get("/sessions/new").statusCode()).isEqualTo(302);
		assertThat(this.official.page("/sessions").select("a[href='/sessions/new']")).isNotEmpty();
		assertThat(stakeholder.page("/sessions").select("a[href='/sessions/new']")).isEmpty();
	}

	private HttpResponse<String> plan(Map<String, String> fields) {
		return this.official.submit("/sessions/new", "/sessions/new", fields);
	}

	private Map<String, String> form(String title, String heldOn) {
		Map<String, String> fields = new HashMap<>();
		fields.put("title", title);
		fields.put("theme", "IT hardware manufacturing");
		fields.put("heldOn", heldOn);
		fields.put("city", "Lahore");
		fields.put("organiserName", "p&d board");
		fields.put("followsUpId", String.valueOf(demoSessionId()));
		return fields;
	}

	private long demoSessionId() {
		return this.jdbc.queryForObject("select id from consultation_session where held_on = date '2024-09-30'",
				Long.class);
	}

	private long countTitled(String title) {
		return this.jdbc.queryForObject("select count(*) from consultation_session where title = ?", Long.class,
				title);
	}

}
