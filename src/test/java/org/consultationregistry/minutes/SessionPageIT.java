package org.consultationregistry.minutes;

import java.util.List;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor browses from the sessions list to the demo consultation and reads its record.
 */
@PortalTest
class SessionPageIT {

	private static final String DEMO_TITLE = "Making IT hardware in Punjab: consultation with manufacturers";

	@LocalServerPort
	int port;

	Portal portal;

	@BeforeEach
	void connect() {
		this.portal = new Portal(this.port);
	}

	@Test
	void theSessionsListLeadsToTheDemoSession() {
		Document list = this.portal.page("/sessions");

		Element row = list.select("tbody tr").stream()
			.filter((tr) -> tr.text().contains(DEMO_TITLE))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("30 September 2024", "Lahore", "P&D Board", "Minutes published");
	}

	@Test
	void theSessionPageShowsEveryoneAtTheTableGroupedByKindOfOrganisation() {
		Document page = openDemoSession();

		assertThat(page.select("h1").text()).isEqualTo(DEMO_TITLE);
		assertThat(page.select("#participants").text()).isEqualTo("Participants (13)");
		List<String> groups = page.select("#participants ~ div h3").eachText();
		assertThat(groups).containsExactly("Government", "Private sector");

		List<String> rows = page.select("table.participants tbody tr").eachText();
		assertThat(rows).hasSize(13);
		assertThat(rows.get(0)).isEqualTo("Barrister Nabeel Ahmad Awan Chairman P&D Board Chair");
		assertThat(rows).contains("Dr Asif Tufail Secretary P&D Board Participant",
				"Faisal Yousaf Chairman PBIT Participant", "Adnan Aftab Chief Executive Officer Airlink Participant",
				"Abdul Basit Chief Executive Officer Dysol Participant");
	}

	@Test
	void theSessionPageShowsTheIssuesRecommendationsAndOutcome() {
		Document page = openDemoSession();

		assertThat(page.select("#issues").text()).isEqualTo("Issues raised (4)");
		assertThat(page.select("#issues + ol > li > a.fw-semibold").eachText()).containsExactly(
				"IT devices entering through unofficial channels", "Tax burden on local manufacturing",
				"Government buyers and locally made products", "Research and development in IT hardware");
		assertThat(page.select("#recommendations").text()).isEqualTo("Recommendations (4)");
		assertThat(page.select("#recommendations + div tbody tr").eachText())
			.allSatisfy((row) -> assertThat(row).endsWith("Proposed"))
			.anySatisfy((row) -> assertThat(row).startsWith("Let government departments buy locally made IT hardware"));
		assertThat(page.select("#outcome + p").text()).contains("keep talking and keep working together");
	}

	@Test
	void theDemoMinutesArePublishedAsTheirFirstRevision() {
		Document page = openDemoSession();

		assertThat(page.select(".minutes-stage").text()).startsWith("Approved and published on 30 September 2024");
		assertThat(page.select(".minutes-text").text()).startsWith("The chair opened by setting out")
			.contains("continuing dialogue and collaboration");
		assertThat(page.select("table.revisions tbody tr").eachText()).singleElement()
			.asString()
			.startsWith("Revision 1 Written by an official Approved and published Current");
		assertThat(page.select(".minutes-actions, .suggestion-form")).as("nothing to do for a visitor").isEmpty();
	}

	@Test
	void anUnknownSessionIsNotFound() {
		assertThat(this.portal.get("/sessions/987654321").statusCode()).isEqualTo(404);
		assertThat(this.portal.get("/sessions/987654321").body()).contains("There is no such page")
			.doesNotContain("Exception");
	}

	@Test
	void anIdTooLargeToBeOneIsABadRequestNotAServerError() {
		assertThat(this.portal.get("/sessions/99999999999999999999").statusCode()).isEqualTo(400);
	}

	private Document openDemoSession() {
		Document list = this.portal.page("/sessions");
		String href = list.select("tbody a").stream()
			.filter((link) -> link.text().equals(DEMO_TITLE))
			.findFirst()
			.orElseThrow()
			.attr("href");
		return this.portal.page(href);
	}

}
