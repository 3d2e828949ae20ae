package org.consultationregistry.report;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

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
 * The open-data API's lists say whether another page follows, link to it, and say how many results there are in all
 * as long as they number no more than the API counts. A consumer pages through the published recommendations one at
 * a time to the end and one beyond, and again by following each page's next link, which goes on from where the page
 * ended instead of by number; page numbers reach only so far in. Then the same list counted only as far as one short
 * of its length leaves its total out.
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
					OpenDataController.RecommendationData::of, null)));
		assertThat(answer.get("content")).hasSize(1);
		assertThat(answer.get("hasNext").asBoolean()).isTrue();
		assertThat(answer.has("totalElements")).isFalse();
		assertThat(answer.has("totalPages")).isFalse();
	}

	@Test
	void followingEachNextLinkGoesThroughTheWholeListOnceInTheSameOrder() {
		List<Long> byNumber = new ArrayList<>();
		for (int page = 0; byNumber.size() < this.published; page++) {
			list("/api/v1/recommendations?size=3&page=" + page).get("content")
				.forEach((recommendation) -> byNumber.add(recommendation.get("id").asLong()));
		}

		List<Long> byNextLink = new ArrayList<>();
		JsonNode page = list("/api/v1/recommendations?size=3");
		while (true) {
			page.get("content").forEach((recommendation) -> byNextLink.add(recommendation.get("id").asLong()));
			if (!page.get("hasNext").asBoolean()) {
				break;
			}
			String next = page.get("next").asString();
			assertThat(next).startsWith("/api/v1/recommendations?size=3&after=");
			page = list(next);
			assertThat(page.has("page")).as("a page reached by its link has no number").isFalse();
		}

		assertThat(page.has("next")).isFalse();
		assertThat(byNextLink).isEqualTo(byNumber).hasSize((int) this.published);
	}

	@Test
	void aNextLinkKeepsTheStatusAskedFor() {
		JsonNode first = list("/api/v1/recommendations?size=1");
		String status = first.get("content").get(0).get("status").asString();

		JsonNode page = list("/api/v1/recommendations?size=1&status=" + status);
		while (page.get("hasNext").asBoolean()) {
			assertThat(page.get("next").asString()).contains("&status=" + status + "&");
			page = list(page.get("next").asString());
			assertThat(page.get("content")).allSatisfy(
					(recommendation) -> assertThat(recommendation.get("status").asString()).isEqualTo(status));
		}
	}

	@Test
	void aPageNumberTooFarInIsRefusedPointingToTheNextLinks() {
		HttpResponse<String> answer = new Portal(this.port)
			.get("/api/v1/recommendations?size=10&page=" + (OpenDataController.PageOf.DEEPEST / 10));

		assertThat(answer.statusCode()).isEqualTo(400);
		JsonNode problem = this.json.readTree(answer.body());
		assertThat(problem.get("parameter").asString()).isEqualTo("page");
		assertThat(problem.get("detail").asString()).contains("10,000", "next link");
	}

	@Test
	void anAfterTheApiDidNotGiveIsRefused() {
		for (String madeUp : new String[] { "42", "not-a-cursor", "MjAyNi0xMS0yN1QwMDowMDowMFp-eA" }) {
			HttpResponse<String> answer = new Portal(this.port).get("/api/v1/recommendations?after=" + madeUp);

			assertThat(answer.statusCode()).as(madeUp).isEqualTo(400);
			assertThat(this.json.readTree(answer.body()).get("parameter").asString()).isEqualTo("after");
		}
	}

	@Test
	void theOrganisationsAndSessionsListsLinkTheirNextPagesByNumber() {
		JsonNode organisations = list("/api/v1/organisations?size=1");
		assertThat(organisations.get("hasNext").asBoolean()).as("the demo has several organisations").isTrue();
		assertThat(organisations.get("next").asString()).isEqualTo("/api/v1/organisations?size=1&page=1");
		assertThat(list(organisations.get("next").asString()).get("page").asInt()).isEqualTo(1);

		JsonNode sessions = list("/api/v1/sessions?size=1");
		assertThat(sessions.has("next")).isEqualTo(sessions.get("hasNext").asBoolean());
		if (sessions.has("next")) {
			assertThat(sessions.get("next").asString()).isEqualTo("/api/v1/sessions?size=1&page=1");
		}
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
