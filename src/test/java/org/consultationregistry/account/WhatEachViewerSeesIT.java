package org.consultationregistry.account;

import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu and the controls on a page follow who is looking: a visitor is offered the sign-in, a stakeholder their
 * updates, the board's staff the reports and the edit buttons, an admin the accounts.
 */
@PortalTest
class WhatEachViewerSeesIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StakeholderDirectory directory;

	@Test
	void eachKindOfUserIsOfferedWhatTheyMayDo() {
		TestAccounts.ensure(this.accounts, "viewer.official", Role.OFFICIAL, null);
		long airlink = this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class);
		TestAccounts.ensure(this.accounts, "viewer.stakeholder", Role.STAKEHOLDER,
				this.directory.findOrganisation(airlink).orElseThrow());
		TestAccounts.ensure(this.accounts, "viewer.admin", Role.ADMIN, null);
		long demo = this.jdbc.queryForObject(
				"select id from consultation_session where status = 'PUBLISHED' order by id limit 1", Long.class);
		String session = "/sessions/" + demo;

		Document visitor = new Portal(this.port).page(session);
		assertThat(visitor.select("a[href=/login]")).isNotEmpty();
		assertThat(visitor.select("form[action=/logout], a[href=/reports], a[href=/updates], a[href=/sessions/" + demo
				+ "/edit]")).isEmpty();

		Document stakeholder = new Portal(this.port).signIn("viewer.stakeholder", TestAccounts.PASSWORD).page(session);
		assertThat(stakeholder.select("form[action=/logout], a[href=/updates]")).hasSize(2);
		assertThat(stakeholder.text()).contains("viewer.stakeholder");
		assertThat(stakeholder.select("a[href=/login], a[href=/reports], a[href=/sessions/" + demo + "/edit]")).isEmpty();

		Document official = new Portal(this.port).signIn("viewer.official", TestAccounts.PASSWORD).page(session);
		assertThat(official.select("a[href=/reports], a[href=/intake], a[href=/sessions/" + demo + "/edit]")).hasSize(3);
		assertThat(official.select("a[href=/admin/accounts]")).isEmpty();

		Document admin = new Portal(this.port).signIn("viewer.admin", TestAccounts.PASSWORD).page(session);
		assertThat(admin.select("a[href=/admin/accounts], a[href=/reports]")).hasSize(2);
	}

}
