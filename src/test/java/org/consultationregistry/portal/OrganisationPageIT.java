package org.consultationregistry.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.RecommendationDetails;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.shared.Preview;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's page lists the recommendations that concern it (it is responsible for them, proposed them, or
 * raised an issue they answer) newest first, each once, and only those the reader may see; past a cap, a total
 * reads "more than" the cap instead of being counted to the end.
 */
@PortalTest
class OrganisationPageIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StakeholderDirectory directory;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	IssuesRaised issues;

	@Autowired
	Recommendations recommendations;

	Organisation mills;

	Organisation ministry;

	ConsultationSession published;

	ConsultationSession planned;

	final List<Long> sessionIds = new ArrayList<>();

	@BeforeEach
	void recordTwoOrganisationsAndTheirSessions() {
		String run = UUID.randomUUID().toString();
		this.mills = this.directory.register(new Organisation("Sutlej Mills (organisation page test) " + run, null,
				OrganisationType.PRIVATE_SECTOR, "Textiles"));
		this.ministry = this.directory.register(new Organisation("Ministry of Looms (organisation page test) " + run,
				null, OrganisationType.GOVERNMENT, null));
		this.published = session("Textile exports " + run);
		this.planned = session("Textile exports, the follow-up " + run);
		this.jdbc.update("update consultation_session set status = 'PUBLISHED' where id = ?", this.published.getId());
	}

	@AfterEach
	void removeThem() {
		for (long id : this.sessionIds) {
			this.jdbc.update("delete from recommendation where origin_session_id = ?", id);
			this.jdbc.update("delete from consultation_session where id = ?", id);
		}
		this.jdbc.update("delete from person where organisation_id = ?", this.mills.getId());
		this.jdbc.update("delete from organisation where id in (?, ?)", this.mills.getId(), this.ministry.getId());
	}

	@Test
	void theRecommendationsConcerningItComeNewestFirstEachOnceAndOnlyThoseTheReaderMaySee() {
		IssueRaised millsIssue = issue(this.published, "Yarn prices swing with every season", this.mills);
		IssueRaised ministryIssue = issue(this.published, "Looms are imported at a high duty", this.ministry);
		IssueRaised plannedIssue = issue(this.planned, "Power cuts stop the looms", this.ministry);
		recommend(this.published, "Set a yarn price band", null, this.mills, 1, ministryIssue);
		recommend(this.published, "Cut the duty on looms", this.mills, this.ministry, 2, ministryIssue);
		recommend(this.published, "Publish yarn prices weekly", null, null, 3, millsIssue);
		// Concerns the mills twice over: it is responsible, and the issue it answers is theirs.
		recommend(this.published, "Buy yarn together", null, this.mills, 4, millsIssue);
		recommend(this.published, "Train loom mechanics", null, this.ministry, 5, ministryIssue);
		// The newest of all, but from a session whose minutes are not yet published.
		recommend(this.planned, "Run the looms on solar power", null, this.mills, 6, plannedIssue);

		assertThat(titles(this.recommendations.concerning(this.mills.getId(), Audience.PUBLIC, 20, 1000)))
			.containsExactly("Buy yarn together", "Publish yarn prices weekly", "Cut the duty on looms",
					"Set a yarn price band");
		assertThat(titles(this.recommendations.concerning(this.mills.getId(), Audience.STAFF, 20, 1000)))
			.containsExactly("Run the looms on solar power", "Buy yarn together", "Publish yarn prices weekly",
					"Cut the duty on looms", "Set a yarn price band");

		Preview<Recommendation> firstTwo = this.recommendations.concerning(this.mills.getId(), Audience.PUBLIC, 2,
				1000);
		assertThat(titles(firstTwo)).containsExactly("Buy yarn together", "Publish yarn prices weekly");
		assertThat(firstTwo.total()).isEqualTo(4);
		assertThat(firstTwo.totalCapped()).isFalse();
		Preview<Recommendation> capped = this.recommendations.concerning(this.mills.getId(), Audience.STAFF, 2, 4);
		assertThat(capped.totalCapped()).as("five counted against a cap of four").isTrue();
		assertThat(capped.total()).isEqualTo(4);
		assertThat(this.recommendations.concerning(this.mills.getId(), Audience.STAFF, 2, 5).totalCapped()).isFalse();

		Document page = new Portal(this.port).page("/organisations/" + this.mills.getId());
		assertThat(page.select("h2").eachText()).contains("Recommendations concerning it (4)");
		assertThat(page.select("a[href^=/recommendations/]").eachText()).containsExactly("Buy yarn together",
				"Publish yarn prices weekly", "Cut the duty on looms", "Set a yarn price band");
	}

	@Test
	void pastTheCapATotalReadsMoreThanTheCap() {
		int cap = PortalService.PROFILE_COUNT_CAP;
		this.jdbc.update("""
				insert into person (full_name, organisation_id)
				select 'Weaver ' || lpad(n::text, 4, '0'), ? from generate_series(1, ?) n
				""", this.mills.getId(), cap + 1);

		Document page = new Portal(this.port).page("/organisations/" + this.mills.getId());

		assertThat(page.select("h2").eachText()).contains("People (more than 1,000)",
				"Recommendations concerning it (0)");
		assertThat(page.text()).contains("Showing the first 20 of more than 1,000.");
		assertThat(page.select("li .fw-semibold").eachText()).hasSize(20).startsWith("Weaver 0001", "Weaver 0002");

		this.jdbc.update("delete from person where organisation_id = ? and full_name = 'Weaver 0001'",
				this.mills.getId());
		assertThat(new Portal(this.port).page("/organisations/" + this.mills.getId()).select("h2").eachText())
			.as("exactly the cap is counted, not capped")
			.contains("People (1,000)");
	}

	private ConsultationSession session(String title) {
		ConsultationSession session = this.sessions.record(ConsultationSession.plan(new SessionDetails(title,
				"Textiles", LocalDate.of(2000, 1, 10), null, null, "Faisalabad", null, null, null, null, null)));
		this.sessionIds.add(session.getId());
		return session;
	}

	private IssueRaised issue(ConsultationSession session, String title, Organisation raisedBy) {
		IssueRaised issue = new IssueRaised(session, IssueCategory.TRADE_AND_IMPORTS, title, null);
		issue.raisedBy(null, raisedBy);
		return this.issues.record(issue);
	}

	/**
	 * A recommendation recorded on the given day of January 2000, so that the order is known and that lists of the
	 * newest recommendations elsewhere do not start with this test's.
	 */
	private void recommend(ConsultationSession session, String title, Organisation proposer,
			Organisation responsible, int day, IssueRaised answered) {
		Recommendation recommendation = this.recommendations.record(Recommendation.propose(session,
				new RecommendationDetails(title, null, null, proposer, responsible, null, List.of(answered)),
				"organisation-page-test", Instant.now()));
		this.jdbc.update("update recommendation set created_at = make_date(2000, 1, ?) where id = ?", day + 10,
				recommendation.getId());
	}

	private static List<String> titles(Preview<Recommendation> preview) {
		return preview.items().stream().map(Recommendation::getTitle).toList();
	}

}
