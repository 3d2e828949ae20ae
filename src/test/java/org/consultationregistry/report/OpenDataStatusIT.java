package org.consultationregistry.report;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A harvester asks the open-data API for the recommendations in one status. Written in small letters it is still
 * understood; misspelt, it is refused with the statuses there are, instead of answering with every recommendation as
 * if no status had been asked for.
 */
@PortalTest
class OpenDataStatusIT {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void aStatusInSmallLettersListsOnlyThatStatus() {
		Portal harvester = new Portal(this.port);
		JsonNode newest = list(harvester, "/api/v1/recommendations?size=1").get(0);
		String status = newest.get("status").asString();

		JsonNode content = list(harvester, "/api/v1/recommendations?size=100&status=" + status.toLowerCase(Locale.ROOT));

		assertThat(content).extracting((recommendation) -> recommendation.get("id").asLong())
			.contains(newest.get("id").asLong());
		assertThat(content).allSatisfy((recommendation) -> assertThat(recommendation.get("status").asString())
			.isEqualTo(status));
	}

	@Test
	void aStatusThatDoesNotExistIsRefusedNamingThoseThatDo() {
		HttpResponse<String> answer = new Portal(this.port).get("/api/v1/recommendations?status=IMPLEMENTD");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(answer.body());
		assertThat(problem.get("parameter").asString()).isEqualTo("status");
		assertThat(problem.get("detail").asString()).contains("\"IMPLEMENTD\"", "IMPLEMENTED", "UNDER_REVIEW");
	}

	private JsonNode list(Portal harvester, String path) {
		HttpResponse<String> answer = harvester.get(path);
		assertThat(answer.statusCode()).isEqualTo(200);
		return this.json.readTree(answer.body()).get("content");
	}

}
