package org.consultationregistry.account;

import java.util.List;
import java.util.Locale;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.SqlStatements;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official goes from page to page all day. Each page reads their session from the sessions table once and saves
 * it once, though Spring Session and the session registry each ask for it, and Spring Session asks again after the
 * page is sent.
 */
@PortalTest
class SessionReadsIT {

	private static final String OFFICIAL = "session-reads.official";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void eachPageReadsTheSignedInSessionOnceAndSavesItOnce() {
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		Portal official = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);
		official.page("/sessions");

		List<String> statements = SqlStatements.during(() -> official.page("/sessions"))
			.stream()
			.map((statement) -> statement.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
			.toList();

		assertThat(statements).filteredOn((statement) -> statement.contains("from spring_session s")).hasSize(1);
		assertThat(statements).filteredOn((statement) -> statement.startsWith("update spring_session "))
			.hasSizeLessThanOrEqualTo(1);
	}

}
