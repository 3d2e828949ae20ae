package org.consultationregistry.system;

import jakarta.persistence.EntityManagerFactory;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page loads what it shows in a fixed number of SQL statements, however many rows it lists. The demo session
 * has 13 participants, 4 issues and 4 recommendations: a query per row (or per lazy association of a row) would
 * add to the exact counts below. Lists whose page is not full need no count query, hence one statement. The session
 * page reads the session, its participants, issues, recommendations, and its minutes with every revision. A
 * recommendation's page reads its comments and endorsements too, and for someone signed in what they follow; a
 * stakeholder's home page reads their account, records the visit and lists what affects their organisation.
 */
@PortalTest
class PageQueriesIT {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	StakeholderDirectory directory;

	Statistics statistics;

	@BeforeEach
	void countStatements() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@ParameterizedTest(name = "{0} runs {1} statements")
	@CsvSource({ "/, 4", "/sessions, 1", "/sessions/{session}, 8",
			"/recommendations/{recommendation}, 6", "/organisations, 1", "/organisations/{organisation}, 5" })
	void pagesRunAFixedNumberOfStatements(String path, int budget) {
		String url = path.replace("{session}", id("consultation_session"))
			.replace("{recommendation}", id("recommendation"))
			.replace("{organisation}", id("organisation"));
		Portal portal = new Portal(this.port);
		portal.page(url);
		this.statistics.clear();

		portal.page(url);

		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(budget);
	}

	@ParameterizedTest(name = "{0} runs {1} statements for a stakeholder")
	@CsvSource({ "/, 7", "/updates, 4", "/recommendations/{recommendation}, 7" })
	void pagesRunAFixedNumberOfStatementsForAStakeholder(String path, int budget) {
		long airlinkId = this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class);
		Organisation airlink = this.directory.findOrganisation(airlinkId).orElseThrow();
		TestAccounts.ensure(this.accounts, "queries.airlink", Role.STAKEHOLDER, airlink);
		String url = path.replace("{recommendation}", id("recommendation"));
		Portal portal = new Portal(this.port).signIn("queries.airlink", TestAccounts.PASSWORD);
		portal.page(url);
		this.statistics.clear();

		portal.page(url);

		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(budget);
	}

	private String id(String table) {
		return String.valueOf(this.jdbc.queryForObject("select min(id) from " + table, Long.class));
	}

}
