package org.consultationregistry.session;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.support.Forms;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official fills the table of a new session from the session page, one submission per person, some of them new
 * to the registry.
 */
@PortalTest
class ParticipantsIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	Portal official;

	String sessionPage;

	@BeforeEach
	void planASession() {
		TestAccounts.ensure(this.accounts, "participants-official", Role.OFFICIAL, null);
		this.official = new Portal(this.port).signIn("participants-official", TestAccounts.PASSWORD);
		String title = "Seating test " + UUID.randomUUID();
		HttpResponse<String> planned = this.official.submit("/sessions/new", "/sessions/new",
				Map.of("title", title, "theme", "IT hardware manufacturing", "heldOn", "2024-12-02"));
		this.sessionPage = Forms.location(planned);
	}

	@Test
	void aNewPersonFromANewOrganisationIsSeatedInOneSubmission() {
		HttpResponse<String> added = seat(Map.of("honorific", "Ms", "fullName", "Sana Iqbal " + this.sessionPage,
				"designation", "Director Policy", "organisationName", "Pakistan Software Houses Forum " + this.sessionPage,
				"newOrganisationType", "INDUSTRY_ASSOCIATION", "role", "PRESENTER"));

		assertThat(added.statusCode()).isEqualTo(302);
		Document page = this.official.page(this.sessionPage);
		assertThat(page.select("#participants ~ div h3").eachText()).containsExactly("Industry association");
		assertThat(page.select("table.participants tbody tr").first().text()).startsWith("Ms Sana Iqbal")
			.contains("Director Policy", "Presenter");
	}

	@Test
	void theDesignationOfTheDayStaysWhenThePersonChangesJob() {
		seat(Map.of("fullName", "Adnan Aftab", "role", "PARTICIPANT"));
		this.jdbc.update("update person set designation = 'Chairman' where full_name = 'Adnan Aftab'");
		try {
			assertThat(this.official.page(this.sessionPage).select("table.participants tbody tr").text())
				.contains("Adnan Aftab Chief Executive Officer Airlink");
		}
		finally {
			this.jdbc.update("update person set designation = 'Chief Executive Officer' where full_name = 'Adnan Aftab'");
		}
	}

	@Test
	void nobodyIsSeatedTwice() {
		seat(Map.of("fullName", "Abdul Basit", "role", "PARTICIPANT"));

		HttpResponse<String> again = seat(Map.of("fullName", "abdul basit", "role", "PRESENTER"));

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(this.official.parse(again).select("#fullName-error").text())
			.isEqualTo("Abdul Basit is already a participant of this session.");
		assertThat(this.official.page(this.sessionPage).select("table.participants tbody tr")).hasSize(1);
	}

	@Test
	void aSessionHasOneChair() {
		seat(Map.of("honorific", "Barrister", "fullName", "Nabeel Ahmad Awan", "role", "CHAIR"));

		HttpResponse<String> second = seat(Map.of("fullName", "Faisal Yousaf", "role", "CHAIR"));

		assertThat(this.official.parse(second).select("#role-error").text()).startsWith("This session already has a chair");
		assertThat(this.official.page(this.sessionPage).select("dl.facts").text()).contains("Barrister Nabeel Ahmad Awan");
	}

	@Test
	void anUnknownOrganisationWithoutATypeIsQueriedAndNothingIsSaved() {
		String name = "Someone New " + this.sessionPage;

		HttpResponse<String> refused = seat(Map.of("fullName", name, "organisationName", "Unheard-of Ltd", "role",
				"PARTICIPANT"));

		assertThat(this.official.parse(refused).select("#organisationName-error").text())
			.startsWith("No organisation is known as \"Unheard-of Ltd\"");
		assertThat(this.official.parse(refused).select("input[name=fullName]").attr("value")).isEqualTo(name);
		assertThat(this.jdbc.queryForObject("select count(*) from person where full_name = ?", Long.class, name))
			.isZero();
	}

	private HttpResponse<String> seat(Map<String, String> fields) {
		return this.official.submit(this.sessionPage, this.sessionPage + "/participants", fields);
	}

}
