package org.consultationregistry.engagement;

import java.util.Map;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSessions;
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
import static org.consultationregistry.engagement.EngagementFixture.ASSEMBLER;
import static org.consultationregistry.engagement.EngagementFixture.COLLEAGUE;
import static org.consultationregistry.engagement.EngagementFixture.OFFICIAL;
import static org.consultationregistry.engagement.EngagementFixture.comment;
import static org.consultationregistry.engagement.EngagementFixture.move;
import static org.consultationregistry.engagement.EngagementFixture.page;
import static org.consultationregistry.engagement.EngagementFixture.press;

/**
 * A manufacturer signs in and finds on the home page what concerns it: the published recommendations it raised an
 * issue for, proposed, is responsible for or follows, and what has changed in them since its last visit.
 */
@PortalTest
class AffectsMyOrganisationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	StakeholderDirectory directory;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	IssuesRaised issues;

	@Autowired
	Recommendations recommendations;

	EngagementFixture fixture;

	@BeforeEach
	void recordsOfItsOwn() {
		this.fixture = new EngagementFixture(this.port, this.jdbc, this.accounts, this.directory, this.sessions,
				this.issues, this.recommendations);
	}

	@AfterEach
	void removeThem() {
		this.fixture.remove();
	}

	@Test
	void theHomePageListsExactlyThePublishedRecommendationsThatConcernTheOrganisation() {
		EngagementFixture f = this.fixture;
		f.recommend(f.published, "Answers the assemblers' issue", null, null, f.skillsIssue);
		f.recommend(f.published, "Proposed by the assemblers", f.assemblers, null, f.financeIssue);
		f.recommend(f.published, "For the assemblers to carry out", null, f.assemblers, f.financeIssue);
		Recommendation followed = f.recommend(f.published, "Followed by a colleague", null, f.circuits,
				f.financeIssue);
		f.recommend(f.published, "Only about the circuit makers", f.circuits, f.circuits, f.financeIssue);
		f.recommend(f.planned, "Answers the assemblers' issue, not yet published", f.assemblers, f.assemblers,
				f.plannedIssue);
		Portal colleague = f.signedIn(COLLEAGUE);
		press(colleague, page(followed), page(followed) + "/follow", Map.of());

		Document home = f.signedIn(ASSEMBLER).page("/");

		assertThat(home.select(".affected").eachText()).containsExactlyInAnyOrder(
				"Proposed For the assemblers to carry out Your organisation is responsible for it.",
				"Proposed Proposed by the assemblers Your organisation proposed it.",
				"Proposed Answers the assemblers' issue Your organisation raised an issue it answers.",
				"Proposed Followed by a colleague Your organisation follows it.");
		assertThat(home.select(".affecting-since").text())
			.isEqualTo("Welcome. From your next visit on, what has changed since will be marked here.");
		// Visitors and the board's staff see the registry's home page without it.
		assertThat(f.visitor().page("/").select(".affecting")).isEmpty();
		assertThat(f.signedIn(OFFICIAL).page("/").select(".affecting")).isEmpty();
	}

	@Test
	void whatChangedSinceTheLastVisitComesFirstAndIsMarked() {
		EngagementFixture f = this.fixture;
		Recommendation quiet = f.recommend(f.published, "Nothing happens to this one", f.assemblers, null,
				f.financeIssue);
		Recommendation busy = f.recommend(f.published, "Much happens to this one", null, f.assemblers,
				f.financeIssue);
		Portal stakeholder = f.signedIn(ASSEMBLER);
		stakeholder.page("/");
		// That visit ended two hours ago, when both were already recorded.
		f.visitedHoursAgo(ASSEMBLER, "HOME", 2);
		this.jdbc.update("update recommendation set created_at = now() - interval '3 hours' where id in (?, ?)",
				quiet.getId(), busy.getId());
		this.jdbc.update("update recommendation_status_change set changed_at = now() - interval '3 hours' "
				+ "where recommendation_id in (?, ?)", quiet.getId(), busy.getId());
		move(f.signedIn(OFFICIAL), busy, "UNDER_REVIEW", "Sent to the finance department");
		comment(f.signedIn(EngagementFixture.NEIGHBOUR), page(busy), "We would like to help.");

		Document home = stakeholder.page("/");

		assertThat(home.select(".affected a").eachText()).containsExactly("Much happens to this one",
				"Nothing happens to this one");
		assertThat(home.select(".affected-changed .affected-changes").eachText())
			.containsExactly("Changed Its status changed. One new comment.");
		assertThat(home.select(".affecting-since").text())
			.startsWith("One recommendation has changed since your last visit");
	}

	@Test
	void theOrganisationsPageCountsOnlyWhatThePublicMayRead() {
		EngagementFixture f = this.fixture;
		f.recommend(f.published, "Answers the assemblers' issue", null, null, f.skillsIssue);
		f.recommend(f.planned, "Not yet published", f.assemblers, null, f.plannedIssue);
		String profile = "/organisations/" + f.assemblers.getId();

		Document visitor = f.visitor().page(profile);
		Document official = f.signedIn(OFFICIAL).page(profile);

		assertThat(visitor.select("h2").eachText()).contains("Issues raised (1)", "Recommendations concerning it (1)");
		assertThat(visitor.text()).doesNotContain("Not yet published", "Apprentices leave after a year");
		assertThat(official.select("h2").eachText()).contains("Issues raised (2)",
				"Recommendations concerning it (2)");
	}

}
