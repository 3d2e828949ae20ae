package org.consultationregistry.session;

import java.time.Instant;
import java.time.LocalDate;

import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session is planned and its first recommendation drafted. Until the minutes are published, the board's staff
 * can read them and the public cannot find them at all.
 */
@PortalTest
class UnpublishedSessionsIT {

	private static final String TITLE = "Follow-up on IT hardware: procurement rules (planned)";

	@LocalServerPort
	int port;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	Recommendations recommendations;

	@Autowired
	JdbcTemplate jdbc;

	Portal portal;

	ConsultationSession planned;

	Recommendation drafted;

	@BeforeEach
	void planASession() {
		this.portal = new Portal(this.port);
		this.planned = this.sessions.record(ConsultationSession.plan(new SessionDetails(TITLE,
				"IT hardware manufacturing", LocalDate.of(2024, 11, 4), null, null, "Lahore", null, null, null, null,
				null)));
		this.drafted = this.recommendations.record(Recommendation.propose(this.planned,
				"Publish a list of locally made products for departments", null, "official", Instant.now()));
	}

	@Test
	void thePublicCannotFindAnUnpublishedSession() {
		assertThat(this.portal.page("/sessions").text()).doesNotContain(TITLE);
		long published = this.jdbc.queryForObject(
				"select count(*) from consultation_session where status = 'PUBLISHED'", Long.class);
		assertThat(this.portal.page("/").text()).doesNotContain(TITLE).contains("Sessions recorded " + published);
		assertThat(this.portal.get("/sessions/" + this.planned.getId()).statusCode()).isEqualTo(404);
	}

	@Test
	void thePublicCannotFindWhatCameOutOfIt() {
		assertThat(this.portal.page("/recommendations").text())
			.doesNotContain("Publish a list of locally made products");
		assertThat(this.portal.get("/recommendations/" + this.drafted.getId()).statusCode()).isEqualTo(404);
	}

	@Test
	void theBoardsStaffCanReadIt() {
		assertThat(this.sessions.find(this.planned.getId(), Audience.STAFF)).isPresent();
		assertThat(this.recommendations.find(this.drafted.getId(), Audience.STAFF)).isPresent();
		assertThat(this.sessions.find(this.planned.getId(), Audience.PUBLIC)).isEmpty();
		assertThat(this.recommendations.find(this.drafted.getId(), Audience.PUBLIC)).isEmpty();
	}

}
