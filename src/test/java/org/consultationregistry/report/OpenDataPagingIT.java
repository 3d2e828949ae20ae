package org.consultationregistry.report;

import java.net.http.HttpResponse;

import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.CappedPage;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data API's lists say whether another page follows, and how many results there are in all as long as they
 * number no more than the API counts. A consumer pages through the published recommendations one at a time to the
 * end and one beyond; then the same list counted only as far as one short of its length leaves its total out.
 */
@PortalTest
class OpenDataPagingIT {

	@LocalServerPort
	int port;

	@Autowired
	Recommendations recommendations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	long published;

	@BeforeEach
	void countThePublishedRecommendations() {
		this.published = this.jdbc.queryForObject("""
				select count(*) from recommendation r join consultation_session s on s.id = r.origin_session_id
				where s.status = 'PUBLISHED'""", Long.class);
		assertThat(this.published).as("the demo's published recommendations").isGreaterThan(1);
	}

	@Test
	void eachPageSaysWhetherAnotherFollowsAndHowManyThereAreInAll() {
		JsonNode first = list("/api/v1/recommendations?size=1");
		assertThat(first.get("content")).hasSize(1);
		assertThat(first.get("hasNext").asBoolean()).isTrue();
		assertThat(first.get("totalElements").asLong()).isEqualTo(this.published);
		assertThat(first.get("totalPages").asLong()).isEqualTo(this.published);

		JsonNode last = list("/api/v1/recommendations?size=1&page=" + (this.published - 1));
		assertThat(last.get("content")).hasSize(1);
		assertThat(last.get("hasNext").asBoolean()).isFalse();
		assertThat(last.get("totalElements").asLong()).isEqualTo(this.published);

		JsonNode beyond = list("/api/v1/recommendations?size=1&page=" + this.published);
		assertThat(beyond.get("content")).isEmpty();
		assertThat(beyond.get("hasNext").asBoolean()).isFalse();
		assertThat(beyond.get("totalElements").asLong()).isEqualTo(this.published);
	}

	@Test
	void aTotalBeyondWhatTheApiCountsIsLeftOutWhileTheNextPageIsStillAnnounced() {
		CappedPage<Recommendation> atTheLimit = this.recommendations.newestFirst(null, Audience.PUBLIC,
				PageRequest.of(0, 1), (int) this.published);
		assertThat(atTheLimit.totalCapped()).isFalse();
		assertThat(atTheLimit.total()).isEqualTo(this.published);

		CappedPage<Recommendation> beyondTheLimit = this.recommendations.newestFirst(null, Audience.PUBLIC,
				PageRequest.of(0, 1), (int) this.published - 1);
		assertThat(beyondTheLimit.totalCapped()).isTrue();

		JsonNode answer = this.json
			.readTree(this.json.writeValueAsString(OpenDataController.PageOf.of(beyondTheLimit,
					OpenDataController.RecommendationData::of)));
		assertThat(answer.get("content")).hasSize(1);
		assertThat(answer.get("hasNext").asBoolean()).isTrue();
		assertThat(answer.has("totalElements")).isFalse();
		assertThat(answer.has("totalPages")).isFalse();
	}

	@Test
	void theApiDescriptionExplainsWhenTheTotalIsLeftOut() {
		String description = new Portal(this.port).get("/api/v1/openapi").body();

		assertThat(description).contains("\"hasNext\"", "Only given when they are at most 1000");
	}

	private JsonNode list(String path) {
		HttpResponse<String> answer = new Portal(this.port).get(path);
		assertThat(answer.statusCode()).isEqualTo(200);
		return this.json.readTree(answer.body());
	}

}
