package org.consultationregistry.report;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's report pages and the open-data API: the dashboard shows each chart's numbers as a table, the overdue
 * page counts what each body must act on and lists one body's late items page by page, and the API answers the
 * public's view as JSON.
 */
@PortalTest
class ReportPagesIT {

	private static final String OFFICIAL = "pages-official";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	Recommendations recommendations;

	@Autowired
	StakeholderDirectory directory;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	Portal official;

	@BeforeEach
	void signIn() {
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		this.official = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);
	}

	@Test
	void theDashboardShowsEveryChartsNumbersAsATable() {
		Document page = this.official.page("/reports/dashboard");

		for (String table : new String[] { "by-status", "by-theme", "per-month", "per-year", "active" }) {
			assertThat(page.select("table#" + table + " tbody tr")).as(table).isNotEmpty();
			assertThat(page.select(".chart[data-table=" + table + "]")).as(table).hasSize(1);
		}
		assertThat(page.select("table#by-status tbody tr")).hasSize(7);
		// The figures may be kept for a few minutes: the page says when they were counted.
		assertThat(page.selectFirst(".counted-at").text())
			.matches("Figures as of \\d{1,2}:\\d{2}.*; they are counted again every few minutes.");
		Element airlink = page.select("table#active tbody tr").stream()
			.filter((row) -> row.text().startsWith("Airlink"))
			.findFirst()
			.orElseThrow();
		// Other tests seat Airlink at sessions of their own too: the dashboard counts every one the staff may see.
		long attended = this.jdbc.queryForObject("""
				select count(distinct p.session_id) from participant p join organisation o on o.id = p.organisation_id
				where o.name = 'Airlink'""", Long.class);
		assertThat(airlink.select("td").first().text()).isEqualTo(String.valueOf(attended));
		// The chart library and the script drawing the charts are served by the portal itself.
		assertThat(page.select("script[src*=echarts], script[src*=dashboard]").eachAttr("src")).hasSize(2)
			.allSatisfy((src) -> assertThat(this.official.get(src).statusCode()).isEqualTo(200));
	}

	@Test
	void aLateFollowUpIsListedUnderTheBodyThatMustAct() {
		String marker = "late" + UUID.randomUUID().toString().substring(0, 8);
		ConsultationSession session = this.sessions.record(ConsultationSession.plan(new SessionDetails(
				"Overdue " + marker, "Reporting", LocalDate.of(2024, 1, 10), null, null, "Lahore", null, null, null,
				null, null)));
		Organisation airlink = this.directory
			.findOrganisation(this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class))
			.orElseThrow();
		Recommendation recommendation = Recommendation.propose(session, "Survey the assemblers " + marker, null,
				OFFICIAL, Instant.parse("2024-01-10T10:00:00Z"));
		recommendation.addFollowUp("Send the questionnaire " + marker, airlink, null, LocalDate.of(2024, 2, 1));
		long id = this.recommendations.record(recommendation).getId();

		// The recommendation's own page flags the action and says how long the recommendation has stood still.
		Document own = this.official.page("/recommendations/" + id);
		assertThat(own.select("#follow-ups ~ div tr .overdue, .overdue")).hasSize(1);
		assertThat(own.selectFirst(".last-movement").text()).matches("today|yesterday|\\d+ days ago");

		// The report first lists the bodies, each with what it has late; Airlink's row leads to its items.
		Document page = this.official.page("/reports/overdue");
		Element body = page.select(".overdue-bodies tbody tr").stream()
			.filter((line) -> line.selectFirst("td").text().equals("Airlink"))
			.findFirst()
			.orElseThrow();
		assertThat(Long.parseLong(body.select("td").get(1).text())).isPositive();
		assertThat(body.selectFirst("a").attr("href")).isEqualTo("/reports/overdue?body=" + airlink.getId());

		Document items = this.official.page("/reports/overdue?body=" + airlink.getId());
		assertThat(items.selectFirst("h1").text()).isEqualTo("Airlink");
		Element row = items.select(".overdue-group tbody tr").stream()
			.filter((line) -> line.text().contains("Send the questionnaire " + marker))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("Survey the assemblers " + marker, "1 February 2024");
		long late = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2024, 2, 1),
				LocalDate.now(java.time.ZoneId.of("Asia/Karachi")));
		assertThat(row.select("td").get(4).text()).isEqualTo(String.valueOf(late));
	}

	@Test
	void aBodysOverdueItemsArePagedLongestOverdueFirst() {
		String marker = "paged" + UUID.randomUUID().toString().substring(0, 8);
		Organisation body = this.directory
			.register(new Organisation("Overdue body " + marker, null, OrganisationType.GOVERNMENT, null));
		ConsultationSession session = this.sessions.record(ConsultationSession.plan(new SessionDetails(
				"Overdue " + marker, "Reporting", LocalDate.of(2024, 1, 10), null, null, "Lahore", null, null, null,
				null, null)));
		Recommendation recommendation = Recommendation.propose(session, "Many late steps " + marker, null, OFFICIAL,
				Instant.parse("2024-01-10T10:00:00Z"));
		// One more than a page holds, each a day later than the one before.
		for (int day = 0; day < 51; day++) {
			recommendation.addFollowUp("Step " + day + " " + marker, body, null,
					LocalDate.of(2024, 2, 1).plusDays(day));
		}
		this.recommendations.record(recommendation);

		Document first = this.official.page("/reports/overdue?body=" + body.getId());
		assertThat(first.selectFirst(".overdue-counts").text()).startsWith("Late follow-up actions: 51.");
		assertThat(first.select(".overdue-group tbody tr")).hasSize(50);
		assertThat(first.select(".overdue-group tbody tr").first().text()).contains("Step 0 " + marker);
		assertThat(first.selectFirst("nav p").text()).isEqualTo("Page 1 of 2, 51 in all");
		String next = first.select("a.page-link").last().attr("href");
		assertThat(next).isEqualTo("/reports/overdue?body=" + body.getId() + "&page=1");

		Document second = this.official.page(next);
		assertThat(second.select(".overdue-group tbody tr")).singleElement()
			.satisfies((row) -> assertThat(row.text()).contains("Step 50 " + marker, "22 March 2024"));

		// A page past the end, or one that is not a number, is answered plainly, not with an error.
		assertThat(this.official.page("/reports/overdue?body=" + body.getId() + "&page=7")
			.selectFirst(".overdue-past-end")).isNotNull();
		assertThat(this.official.get("/reports/overdue?body=" + body.getId() + "&page=x").statusCode())
			.isEqualTo(200);
	}

	@Test
	void anUnknownBodyIsNotFound() {
		assertThat(this.official.get("/reports/overdue?body=999999999").statusCode()).isEqualTo(404);
		assertThat(this.official.get("/reports/overdue?body=nobody").statusCode()).isEqualTo(404);
		assertThat(this.official.get("/reports/overdue?body=none").statusCode()).isEqualTo(200);
	}

	@Test
	void pagesLinkToTheirExportsWithTheirFilters() {
		Portal visitor = new Portal(this.port);
		long demo = this.jdbc.queryForObject("select min(id) from consultation_session where status = 'PUBLISHED'",
				Long.class);
		assertThat(visitor.page("/sessions/" + demo).select(".minutes-pdf a").attr("href"))
			.isEqualTo("/sessions/" + demo + "/minutes.pdf");
		assertThat(visitor.page("/recommendations?status=PROPOSED&q=import%20duty&page=1")
			.select(".tracker-exports a")
			.eachAttr("href")).containsExactly("/recommendations/export.xlsx?q=import%20duty&status=PROPOSED",
					"/recommendations/export.csv?q=import%20duty&status=PROPOSED");
		assertThat(this.official.page("/reports").select("a[href$=.xlsx], a[href$=.csv]").eachAttr("href"))
			.contains("/recommendations/export.xlsx");
		// The participation report covers the last twelve months unless the form says otherwise.
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
		String lastYear = "?from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
		Document reports = this.official.page("/reports");
		assertThat(reports.select(".participation-files a").eachAttr("href"))
			.containsExactly("/reports/participation.xlsx" + lastYear, "/reports/participation.csv" + lastYear);
		assertThat(reports.select(".participation-period input[name=from]").val())
			.isEqualTo(today.minusYears(1).plusDays(1).toString());
		assertThat(this.official.page("/reports?from=2023-07-01&to=2024-06-30").select(".participation-files a")
			.eachAttr("href")).containsExactly("/reports/participation.xlsx?from=2023-07-01&to=2024-06-30",
					"/reports/participation.csv?from=2023-07-01&to=2024-06-30");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			from=2024-02-30&to=2024-12-31 | from | Enter a date such as 30/09/2024.
			from=yesterday                | from | Enter a date such as 30/09/2024.
			from=0204-01-01               | from | Enter a date between 1947 and 2100.
			from=2024-12-31&to=2024-01-01 | to   | The end of the period cannot be before its start.
			""")
	void aPeriodThatCannotBeReportedGetsAMessageBesideItsField(String query, String field, String message) {
		Document page = this.official.page("/reports?" + query);

		assertThat(page.select(".participation-period #" + field + "-error").text()).isEqualTo(message);
		assertThat(page.select(".participation-period #" + field).hasClass("is-invalid")).isTrue();
		assertThat(page.select(".participation-files")).isEmpty();
	}

	@Test
	void aPeriodOfMoreSessionsThanOneReportTakesIsRefused() {
		int cap = ParticipationReport.MAX_SESSIONS;
		// One more planned session than a report takes, in a year nothing else uses; removed again afterwards.
		String marker = "cap" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				insert into consultation_session (title, theme, held_on, status)
				select ?, 'Reporting', date '1949-01-01' + (n % 365), 'PLANNED' from generate_series(0, ?) n""",
				marker, cap);
		try {
			assertThat(this.official.page("/reports?from=1949-01-01&to=1949-12-31")
				.select(".participation-period #from-error").text())
				.isEqualTo("This period holds 5,001 sessions; one report can cover at most 5,000. Choose a shorter period.");
			assertThat(this.official.download("/reports/participation.csv?from=1949-01-01&to=1949-12-31").statusCode())
				.isEqualTo(303);
			// Half of the year is within the cap.
			assertThat(this.official.page("/reports?from=1949-01-01&to=1949-06-30").select(".participation-files a"))
				.hasSize(2);
		}
		finally {
			this.jdbc.update("delete from consultation_session where title = ?", marker);
		}
	}

	@ParameterizedTest(name = "{0} runs {1} statements")
	@CsvSource({ "/reports/dashboard, 5", "/reports/overdue, 1", "/reports/overdue?body=none, 2" })
	void pagesRunAFixedNumberOfStatements(String path, int budget) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		this.official.page(path);
		statistics.clear();

		this.official.page(path);

		assertThat(statistics.getPrepareStatementCount()).isEqualTo(budget);
	}

	@Test
	void theOpenDataApiAnswersThePublicsViewAsJson() {
		Portal visitor = new Portal(this.port);
		HttpResponse<String> sessions = visitor.get("/api/v1/sessions?size=100");
		assertThat(sessions.statusCode()).isEqualTo(200);
		assertThat(sessions.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		long published = this.jdbc.queryForObject(
				"select count(*) from consultation_session where status = 'PUBLISHED'", Long.class);
		assertThat(sessions.body()).contains("\"heldOn\":\"2024-09-30\"", "\"totalElements\":" + published,
				"\"size\":100");

		HttpResponse<String> recommendations = visitor.get("/api/v1/recommendations");
		assertThat(recommendations.body()).contains("\"content\":[{", "\"status\":\"");
		assertThat(visitor.get("/api/v1/organisations").body()).contains("\"name\":\"Airlink\"")
			.doesNotContain("email");

		HttpResponse<String> description = visitor.get("/api/v1/openapi");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("\"openapi\":\"3.", "/api/v1/recommendations", "/api/v1/sessions");
	}

}
