package org.consultationregistry.issue;

import java.net.http.HttpResponse;
import java.util.HashMap;
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
 * At the follow-up to the Lahore session the manufacturers raise unofficial imports again. The official records it
 * as the same issue, so its page shows every session it came up in. (Other tests raise it again in sessions of
 * their own, so counts are checked only where the public's view keeps them fixed.)
 */
@PortalTest
class IssuesIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	Portal official;

	String followUp;

	@BeforeEach
	void planTheFollowUp() {
		TestAccounts.ensure(this.accounts, "issues-official", Role.OFFICIAL, null);
		this.official = new Portal(this.port).signIn("issues-official", TestAccounts.PASSWORD);
		long demo = this.jdbc.queryForObject("select id from consultation_session where held_on = date '2024-09-30'",
				Long.class);
		HttpResponse<String> planned = this.official.submit("/sessions/new", "/sessions/new",
				Map.of("title", "Imports follow-up " + UUID.randomUUID(), "theme", "IT hardware manufacturing",
						"heldOn", "2024-12-09", "followsUpId", String.valueOf(demo)));
		this.followUp = Forms.location(planned);
		this.official.submit(this.followUp, this.followUp + "/participants",
				Map.of("fullName", "Adnan Aftab", "role", "PARTICIPANT"));
	}

	@Test
	void anIssueRaisedAgainIsFollowedThroughEverySession() {
		Document form = this.official.page(this.followUp + "/issues/new");
		String earlier = form.select("select[name=earlierIssueId] option").stream()
			.filter((option) -> option.text().endsWith("IT devices entering through unofficial channels"))
			.findFirst()
			.orElseThrow()
			.attr("value");
		String adnan = form.select("select[name=raisedByPersonId] option:contains(Adnan Aftab)").attr("value");

		HttpResponse<String> recorded = record(Map.of("category", "TRADE_AND_IMPORTS", "title",
				"Grey-market laptops still on sale", "raisedByPersonId", adnan, "earlierIssueId", earlier));

		assertThat(recorded.statusCode()).isEqualTo(302);
		Document session = this.official.page(this.followUp);
		assertThat(session.select("#issues + ol li").text()).contains("Grey-market laptops still on sale",
				"Raised before", "Adnan Aftab");
		String issuePage = session.select("#issues + ol a:contains(Grey-market laptops)").attr("href");
		String followUpTitle = session.select("h1").text();
		Document issue = this.official.page(issuePage);
		assertThat(issue.select("#instances").text()).matches("Raised in \\d+ sessions");
		assertThat(issue.select("ol.timeline li").eachText()).first().asString()
			.contains("Making IT hardware in Punjab", "30 September 2024");
		assertThat(issue.select("ol.timeline li").eachText()).anySatisfy((line) -> assertThat(line).contains(followUpTitle));
		Document firstTime = this.official.page("/issues/" + earlier);
		assertThat(firstTime.select("ol.timeline li").eachText())
			.anySatisfy((line) -> assertThat(line).contains(followUpTitle, "Grey-market laptops still on sale"));
	}

	@Test
	void thePublicSeesOnlyTheInstancesFromPublishedSessions() {
		String earlier = this.official.page(this.followUp + "/issues/new")
			.select("select[name=earlierIssueId] option:contains(unofficial channels)")
			.attr("value");
		record(Map.of("category", "TRADE_AND_IMPORTS", "title", "Unofficial imports again", "earlierIssueId", earlier));
		String later = this.official.page(this.followUp).select("#issues + ol a:contains(Unofficial imports again)")
			.attr("href");
		Portal visitor = new Portal(this.port);

		assertThat(visitor.page("/issues/" + earlier).select("#instances").text()).isEqualTo("Raised in one session");
		assertThat(visitor.get(later).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyPeopleAtTheTableCanBeNamedAsRaisingIt() {
		long notThere = this.jdbc.queryForObject("select id from person where full_name = 'Abdul Basit'", Long.class);
		Map<String, String> fields = new HashMap<>(Map.of("category", "TAXATION", "title", "Sales tax on parts",
				"raisedByPersonId", String.valueOf(notThere)));

		HttpResponse<String> refused = record(fields);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(this.official.parse(refused).select(".error-summary").text()).contains("Choose one of the options offered.");
		assertThat(this.jdbc.queryForObject("select count(*) from issue_raised where title = 'Sales tax on parts'",
				Long.class)).isZero();
	}

	@Test
	void anIssueNeedsACategoryAndATitle() {
		Document refused = this.official.parse(record(Map.of("title", " ")));

		assertThat(refused.select(".error-summary li")).hasSize(2);
		assertThat(refused.select("select[name=category]").hasClass("is-invalid")).isTrue();
	}

	private HttpResponse<String> record(Map<String, String> fields) {
		return this.official.submit(this.followUp + "/issues/new", this.followUp + "/issues", fields);
	}

}
