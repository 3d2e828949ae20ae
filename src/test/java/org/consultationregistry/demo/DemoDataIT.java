package org.consultationregistry.demo;

import java.util.Map;

import org.consultationregistry.ConsultationRegistryApplication;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestDatabase;
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
		assertThat(counts()).containsEntry("consultation_session", 1L)
			.containsEntry("organisation", 8L)
			.containsEntry("person", 13L)
			.containsEntry("participant", 13L)
			.containsEntry("issue_raised", 4L)
			.containsEntry("recommendation", 4L)
			.containsEntry("recommendation_issue", 4L)
			.containsEntry("recommendation_status_change", 4L)
			.containsEntry("follow_up_action", 1L);
		assertThat(this.jdbc.queryForObject("select held_on || ' ' || city || ' ' || status from consultation_session",
				String.class))
			.isEqualTo("2024-09-30 Lahore PUBLISHED");
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
		TestDatabase database = TestDatabase.get();

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(
				ConsultationRegistryApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1", "registry.demo-data=true",
					"registry.database.create-if-missing=false", "spring.datasource.url=" + database.url(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password())
			.run()) {
			assertThat(restarted.isRunning()).isTrue();
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

}
