package org.consultationregistry.demo;

import java.util.Map;

import org.consultationregistry.ConsultationRegistryApplication;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestDatabase;
import org.consultationregistry.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo consultation is loaded into an empty registry once, and never again.
 */
@PortalTest
class DemoDataIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoData demoData;

	@Test
	void theDemoHoldsTheWholeLahoreSession() {
		long session = this.jdbc.queryForObject(
				"select id from consultation_session where held_on = date '2024-09-30' and city = 'Lahore'", Long.class);

		assertThat(count("select count(*) from participant where session_id = ?", session)).isEqualTo(13);
		assertThat(count("select count(distinct person_id) from participant where session_id = ?", session))
			.isEqualTo(13);
		assertThat(count("select count(distinct organisation_id) from participant where session_id = ?", session))
			.isEqualTo(8);
		assertThat(count("select count(*) from issue_raised where session_id = ?", session)).isEqualTo(4);
		assertThat(count("select count(*) from recommendation where origin_session_id = ?", session)).isEqualTo(4);
		assertThat(count("""
				select count(*) from recommendation r
				where r.origin_session_id = ?
				  and exists (select 1 from recommendation_issue ri where ri.recommendation_id = r.id)
				  and exists (select 1 from recommendation_status_change c where c.recommendation_id = r.id)
				""", session)).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select status from consultation_session where id = ?", String.class,
				session))
			.isEqualTo("PUBLISHED");
	}

	@Test
	void loadingAgainChangesNothing() {
		Map<String, Long> before = counts();

		boolean loaded = this.demoData.loadIntoEmptyRegistry();

		assertThat(loaded).isFalse();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void restartingThePortalDoesNotLoadItTwice() {
		Map<String, Long> before = counts();

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(
				ConsultationRegistryApplication.class)
			.initializers(new TestDatabaseInitializer())
			.run("--server.port=0", "--server.address=127.0.0.1", "--registry.demo-data=true")) {
			assertThat(restarted.getEnvironment().getProperty("spring.datasource.url"))
				.isEqualTo(TestDatabase.get().url());
		}

		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Long> counts() {
		return Map.of("consultation_session", count("consultation_session"), "organisation", count("organisation"),
				"person", count("person"), "participant", count("participant"), "issue_raised",
				count("issue_raised"), "recommendation", count("recommendation"), "recommendation_issue",
				count("recommendation_issue"), "recommendation_status_change",
				count("recommendation_status_change"), "follow_up_action", count("follow_up_action"));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long count(String sql, long session) {
		return this.jdbc.queryForObject(sql, Long.class, session);
	}

}
