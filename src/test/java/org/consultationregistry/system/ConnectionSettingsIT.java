package org.consultationregistry.system;

import org.consultationregistry.shared.QueryPlans;
import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection the portal takes from its pool carries the settings that keep a page quick and bounded: a
 * statement is cancelled after five seconds, and each statement is planned for its own values rather than from a
 * plan cached for others (which, for the largest organisation, reads every row). A page that looks rows up by one
 * record's id may let its own transaction reuse plans, and only its transaction.
 */
@PortalTest
class ConnectionSettingsIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	QueryPlans plans;

	@Test
	void aStatementIsCancelledAfterFiveSeconds() {
		assertThat(this.jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("5s");
	}

	@Test
	void eachStatementIsPlannedForItsOwnValues() {
		assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

	@Test
	void aTransactionMayReusePlansAndItsConnectionForgetsThatWhenItEnds() {
		Integer connection = this.transactions.execute((status) -> {
			this.plans.reuseForThisTransaction();
			assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
			return backend();
		});
		this.transactions.executeWithoutResult((status) -> {
			assertThat(backend()).as("the same pooled connection").isEqualTo(connection);
			assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
		});
	}

	@Test
	void aFewStatementsMayReusePlansAndTheRestOfTheTransactionIsPlannedAgain() {
		this.transactions.executeWithoutResult((status) -> {
			String during = this.plans.reusing(() -> this.jdbc.queryForObject("show plan_cache_mode", String.class));
			assertThat(during).isEqualTo("auto");
			assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
		});
	}

	private Integer backend() {
		return this.jdbc.queryForObject("select pg_backend_pid()", Integer.class);
	}

}
