package org.consultationregistry.system;

import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection the portal takes from its pool carries the settings that keep a page quick and bounded: a
 * statement is cancelled after five seconds, and each statement is planned for its own values rather than from a
 * plan cached for others (which, for the largest organisation, reads every row).
 */
@PortalTest
class ConnectionSettingsIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aStatementIsCancelledAfterFiveSeconds() {
		assertThat(this.jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("5s");
	}

	@Test
	void eachStatementIsPlannedForItsOwnValues() {
		assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

}
