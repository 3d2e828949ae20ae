package org.consultationregistry.system;

import jakarta.persistence.EntityManagerFactory;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.CountingSqmTranslatorFactory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translating a query to SQL costs more CPU than running it does on most pages, so Hibernate keeps each translation
 * for the next time, but only for a query it may cache: one without an entity graph and without a parameter bound to
 * a collection. Once a page has been seen, seeing it again translates nothing.
 */
@PortalTest
class QueryPlansIT {

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

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/sessions", "/sessions/{session}", "/recommendations/{recommendation}",
			"/organisations/{organisation}", "/api/v1/sessions", "/api/v1/recommendations",
			"/api/v1/recommendations?status=ACCEPTED", "/api/v1/organisations" })
	void aPageSeenBeforeTranslatesNoQueryAgain(String path) {
		Portal portal = new Portal(this.port);

		assertNoTranslationOnSecondVisit(portal, path);
	}

	/*
	 * Signed in, the home page is left out: the account lookup by username (AccountRepository.findByUsername) is
	 * translated again after a sign-in, as Hibernate finds its kept translation incompatible with the new execution.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/sessions", "/sessions/{session}", "/recommendations/{recommendation}",
			"/organisations/{organisation}" })
	void aPageSeenBeforeByAStakeholderTranslatesNoQueryAgain(String path) {
		long airlinkId = this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class);
		Organisation airlink = this.directory.findOrganisation(airlinkId).orElseThrow();
		TestAccounts.ensure(this.accounts, "plans.airlink", Role.STAKEHOLDER, airlink);
		Portal portal = new Portal(this.port).signIn("plans.airlink", TestAccounts.PASSWORD);

		assertNoTranslationOnSecondVisit(portal, path);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/sessions", "/sessions/{session}", "/recommendations/{recommendation}",
			"/organisations/{organisation}" })
	void aPageSeenBeforeByTheStaffTranslatesNoQueryAgain(String path) {
		Portal portal = new Portal(this.port).signIn("admin", PortalTest.ADMIN_PASSWORD);

		assertNoTranslationOnSecondVisit(portal, path);
	}

	private void assertNoTranslationOnSecondVisit(Portal portal, String path) {
		String url = path.replace("{session}", id("consultation_session"))
			.replace("{recommendation}", id("recommendation"))
			.replace("{organisation}", id("organisation"));
		assertThat(portal.get(url).statusCode()).isEqualTo(200);
		CountingSqmTranslatorFactory translator = (CountingSqmTranslatorFactory) this.entityManagerFactory
			.unwrap(SessionFactoryImplementor.class)
			.getQueryEngine()
			.getSqmTranslatorFactory();
		long before = translator.selectTranslations();

		assertThat(portal.get(url).statusCode()).isEqualTo(200);

		long translated = translator.selectTranslations() - before;
		assertThat(translated).as("queries translated again: %s", translator.recentTranslations(translated)).isZero();
	}

	private String id(String table) {
		return String.valueOf(this.jdbc.queryForObject("select min(id) from " + table, Long.class));
	}

}
