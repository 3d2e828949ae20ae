package org.consultationregistry.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.SqlStatements;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page runs more SQL because it shows more rows. Every list, record page and form is opened twice, once where it
 * shows one of each thing and once where it shows fifty ({@link ProbeRecords}), and every statement the portal runs
 * meanwhile is counted, Hibernate's and JdbcTemplate's alike. The fifty-row page may run no statement more often
 * than the one-row page, except a count of a list's total, which a list whose first page is not full does without.
 * (A list of IN parameters counts as one statement whatever its length.)
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsPerPageIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	StakeholderDirectory directory;

	ProbeRecords one;

	ProbeRecords fifty;

	Portal official;

	Portal admin;

	@BeforeAll
	void recordOneAndFiftyOfEverything() {
		String hash = this.passwordEncoder.encode(TestAccounts.PASSWORD);
		this.one = new ProbeRecords(this.jdbc, 1, LocalDate.of(2100, 1, 1), hash);
		this.fifty = new ProbeRecords(this.jdbc, 50, LocalDate.of(2100, 6, 1), hash);
		TestAccounts.ensure(this.accounts, "counting-official", Role.OFFICIAL, null);
		TestAccounts.ensure(this.accounts, "counting-admin", Role.ADMIN, null);
		this.official = new Portal(this.port).signIn("counting-official", TestAccounts.PASSWORD);
		this.admin = new Portal(this.port).signIn("counting-admin", TestAccounts.PASSWORD);
	}

	@TestFactory
	Stream<DynamicTest> noPageRunsMoreStatementsForMoreRows() {
		Map<String, Function<ProbeRecords, String>> staffPages = new LinkedHashMap<>();
		staffPages.put("sessions list", (r) -> r.firstPage("/sessions"));
		staffPages.put("session page", (r) -> "/sessions/" + r.session);
		staffPages.put("session page, latest revision against the one before",
				(r) -> "/sessions/" + r.session + "?revision=" + r.n);
		staffPages.put("recommendations list", (r) -> r.firstPage("/recommendations"));
		staffPages.put("recommendations list by status", (r) -> r.firstPage("/recommendations") + "&status=PROPOSED");
		staffPages.put("recommendations of one session", (r) -> "/recommendations?session=" + r.session);
		staffPages.put("recommendations searched", (r) -> "/recommendations?q=" + r.tag.replace(' ', '+'));
		staffPages.put("search across the registry", (r) -> "/search?q=" + r.tag.replace(' ', '+'));
		staffPages.put("recommendation page", (r) -> "/recommendations/" + r.recommendation);
		staffPages.put("issue page", (r) -> "/issues/" + r.issueRaisedAgain);
		staffPages.put("organisations list", (r) -> r.firstPage("/organisations"));
		staffPages.put("organisation page", (r) -> "/organisations/" + r.hub);
		staffPages.put("audit history", (r) -> "/audit/Recommendation/" + r.recommendation);
		staffPages.put("session form", (r) -> "/sessions/" + r.session + "/edit");
		staffPages.put("participant form", (r) -> "/sessions/" + r.session + "/participants/new");
		staffPages.put("participant edit form",
				(r) -> "/sessions/" + r.session + "/participants/" + r.participant + "/edit");
		staffPages.put("issue form", (r) -> "/sessions/" + r.session + "/issues/new");
		staffPages.put("issue edit form", (r) -> "/issues/" + r.issue + "/edit");
		staffPages.put("recommendation form", (r) -> "/sessions/" + r.session + "/recommendations/new");
		staffPages.put("recommendation edit form", (r) -> "/recommendations/" + r.recommendation + "/edit");
		staffPages.put("follow-up form", (r) -> "/recommendations/" + r.recommendation + "/follow-ups/new");
		staffPages.put("follow-up edit form",
				(r) -> "/recommendations/" + r.recommendation + "/follow-ups/" + r.followUp + "/edit");
		staffPages.put("minutes editor", (r) -> "/sessions/" + r.session + "/minutes/edit");
		staffPages.put("suggestion review", (r) -> "/sessions/" + r.session + "/minutes/review/" + r.suggestion);

		List<DynamicTest> tests = new ArrayList<>();
		staffPages.forEach((name, path) -> tests.add(DynamicTest.dynamicTest(name + " (official)",
				() -> assertNoMoreStatements(this.official, this.official, path))));
		tests.add(DynamicTest.dynamicTest("accounts list (admin)",
				() -> assertNoMoreStatements(this.admin, this.admin, (r) -> r.firstPage("/admin/accounts"))));
		tests.add(DynamicTest.dynamicTest("account form (admin)", () -> assertNoMoreStatements(this.admin, this.admin,
				(r) -> "/admin/accounts/" + accountId(r.account))));
		tests.add(DynamicTest.dynamicTest("circulated session page (participant)",
				() -> assertNoMoreStatements(participant(this.one), participant(this.fifty),
						(r) -> "/sessions/" + r.session)));
		return tests.stream();
	}

	/**
	 * The home page lists the latest five sessions: a stakeholder sees the few published ones (the demo's, and those
	 * other tests published), the board's staff the five latest probe sessions, each organised by another organisation.
	 */
	@TestFactory
	Stream<DynamicTest> theHomePageRunsNoMoreStatementsForMoreSessions() {
		return Stream.of(DynamicTest.dynamicTest("home", () -> {
			long airlink = this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class);
			TestAccounts.ensure(this.accounts, "counting-stakeholder", Role.STAKEHOLDER,
					this.directory.findOrganisation(airlink).orElseThrow());
			Portal stakeholder = new Portal(this.port).signIn("counting-stakeholder", TestAccounts.PASSWORD);
			long published = this.jdbc.queryForObject(
					"select count(*) from consultation_session where status = 'PUBLISHED'", Long.class);
			assertThat(stakeholder.page("/").select(".list-group-item a[href^=/sessions/]"))
				.hasSize((int) Math.min(5, published));
			assertThat(this.official.page("/").select(".list-group-item a[href^=/sessions/]")).hasSize(5);

			assertThat(extra(measure(stakeholder, "/"), measure(this.official, "/")))
				.as("statements the staff's home page runs more often than a stakeholder's")
				.isEmpty();
		}));
	}

	private void assertNoMoreStatements(Portal forOne, Portal forFifty, Function<ProbeRecords, String> path) {
		List<String> withOne = measure(forOne, path.apply(this.one));
		List<String> withFifty = measure(forFifty, path.apply(this.fifty));
		assertThat(extra(withOne, withFifty))
			.as("statements run more often with 50 rows (%s) than with 1 (%s)", path.apply(this.fifty),
					path.apply(this.one))
			.isEmpty();
	}

	/** The statements a page runs once its caches are warm. */
	private static List<String> measure(Portal portal, String path) {
		portal.page(path);
		return SqlStatements.during(() -> portal.page(path)).stream().map(StatementsPerPageIT::normalise).toList();
	}

	/**
	 * The statements the larger page runs more often than the smaller one; a count of a list's total may run once
	 * even where the smaller page did without.
	 */
	private static List<String> extra(List<String> smaller, List<String> larger) {
		List<String> remaining = new ArrayList<>(smaller);
		List<String> extra = new ArrayList<>();
		for (String statement : larger) {
			if (!remaining.remove(statement)) {
				extra.add(statement);
			}
		}
		List<String> counts = extra.stream().filter((statement) -> statement.startsWith("select count(")).toList();
		extra.removeIf((statement) -> counts.contains(statement) && !smaller.contains(statement)
				&& counts.indexOf(statement) == counts.lastIndexOf(statement));
		return extra;
	}

	/** One statement whatever the number of parameters in its IN lists. */
	private static String normalise(String sql) {
		return sql.replaceAll("\\?(\\s*,\\s*\\?)+", "?").replaceAll("\\s+", " ").strip();
	}

	private Portal participant(ProbeRecords records) {
		return new Portal(this.port).signIn(records.account, TestAccounts.PASSWORD);
	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
	}

}
