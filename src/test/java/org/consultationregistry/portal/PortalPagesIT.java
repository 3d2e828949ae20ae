package org.consultationregistry.portal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor lands on the home page, follows the registry to a recommendation and to an organisation's page. (Who
 * changed a status is for the board's staff; a visitor sees when, not who.)
 */
@PortalTest
class PortalPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Portal portal;

	@BeforeEach
	void connect() {
		this.portal = new Portal(this.port);
	}

	@Test
	void aLinkCheckerAskingOnlyForHeadersIsAnsweredLikeAVisitor() {
		for (String path : List.of("/", "/sessions", "/recommendations")) {
			HttpRequest head = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build();

			assertThat(this.portal.send(head).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void theHomePageSummarisesTheRegistry() {
		Document home = this.portal.page("/");

		// Other tests (the browser journeys) publish sessions of their own: count what the public may see.
		long organisations = this.jdbc.queryForObject("select count(*) from organisation", Long.class);
		long sessions = this.jdbc.queryForObject(
				"select count(*) from consultation_session where status = 'PUBLISHED'", Long.class);
		long recommendations = publishedRecommendations("");
		long open = publishedRecommendations("and r.status not in ('IMPLEMENTED', 'REJECTED')");
		assertThat(home.select(".stats > div").eachText()).containsExactly("Sessions recorded " + sessions,
				"Organisations " + organisations, "Recommendations " + recommendations, "Still open " + open);
		List<String> latest = this.jdbc.queryForList("""
				select title from consultation_session where status = 'PUBLISHED'
				order by held_on desc, id desc limit 5""", String.class);
		assertThat(home.select(".list-group-item a[href^=/sessions/]").eachText()).containsExactlyElementsOf(latest);
	}

	@Test
	void theRecommendationsListFiltersByStatus() {
		Document proposed = this.portal.page("/recommendations?status=PROPOSED");
		Document implemented = this.portal.page("/recommendations?status=IMPLEMENTED");

		assertThat(proposed.select(".search-results > li"))
			.hasSize((int) Math.min(20, publishedRecommendations("and r.status = 'PROPOSED'")));
		assertThat(proposed.select("select#status option[selected]").attr("value")).isEqualTo("PROPOSED");
		assertThat(implemented.select(".search-results > li")).isEmpty();
		assertThat(implemented.text()).contains("No recommendations match.");
	}

	@Test
	void aRecommendationPageShowsWhereItCameFromAndItsHistory() {
		Document list = this.portal.page("/recommendations");
		String href = list.select(".search-results h2 a").stream()
			.filter((link) -> link.text().equals("Keep a standing dialogue with the IT hardware industry"))
			.findFirst()
			.orElseThrow()
			.attr("href");

		Document page = this.portal.page(href);

		assertThat(page.select("dl.facts").text()).contains("30 September 2024", "Planning and Development Board");
		assertThat(page.select("ol.timeline li").eachText()).singleElement()
			.asString()
			.isEqualTo("Proposed 30 September 2024, 5:00 PM");
		assertThat(page.select("table tbody tr").eachText())
			.containsExactly("Arrange the next engagement with IT hardware manufacturers P&D Board — Open");
	}

	@Test
	void anOrganisationPageShowsItsPeopleSessionsAndRecommendations() {
		Document list = this.portal.page("/organisations");
		String href = list.select("tbody a").stream()
			.filter((link) -> link.text().equals("Planning and Development Board"))
			.findFirst()
			.orElseThrow()
			.attr("href");

		Document page = this.portal.page(href);

		assertThat(page.select("dl.facts").text()).contains("P&D Board", "Planning & Development Board", "Government");
		assertThat(page.select("h2").eachText()).contains("People (5)", "Sessions attended (1)",
				"Recommendations concerning it (4)");
	}

	@Test
	void anUnknownStatusInTheFilterIsABadRequest() {
		assertThat(this.portal.get("/recommendations?status=MAYBE").statusCode()).isEqualTo(400);
	}

	@Test
	void anUnknownOrganisationIsNotFound() {
		assertThat(this.portal.get("/organisations/987654321").statusCode()).isEqualTo(404);
	}

	@Test
	void healthIsUpAndCoversTheDatabase() {
		String health = this.portal.get("/actuator/health").body();

		assertThat(health).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
	}

	private long publishedRecommendations(String condition) {
		return this.jdbc.queryForObject("""
				select count(*) from recommendation r join consultation_session s on s.id = r.origin_session_id
				where s.status = 'PUBLISHED'
				""" + condition, Long.class);
	}

}
