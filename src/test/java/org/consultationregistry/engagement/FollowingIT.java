package org.consultationregistry.engagement;

import java.util.Map;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Forms;
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
import static org.consultationregistry.engagement.EngagementFixture.NEIGHBOUR;
import static org.consultationregistry.engagement.EngagementFixture.OFFICIAL;
import static org.consultationregistry.engagement.EngagementFixture.comment;
import static org.consultationregistry.engagement.EngagementFixture.move;
import static org.consultationregistry.engagement.EngagementFixture.page;
import static org.consultationregistry.engagement.EngagementFixture.press;
import static org.consultationregistry.engagement.EngagementFixture.reply;

/**
 * A stakeholder follows a recommendation, or a whole theme, and reads in their updates list what the board did with
 * it: status changes, follow-up actions, answers to their comments. Only what the public may read reaches them.
 */
@PortalTest
class FollowingIT {

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
	void aStatusChangeOfAFollowedRecommendationAppearsInTheUpdates() {
		Recommendation training = this.fixture.recommend(this.fixture.published,
				"Fund a technicians' course at the technical colleges", null, null, this.fixture.financeIssue);
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);
		Portal neighbour = this.fixture.signedIn(NEIGHBOUR);
		Portal official = this.fixture.signedIn(OFFICIAL);

		assertThat(press(stakeholder, page(training), page(training) + "/follow", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(stakeholder.page(page(training)).select("form.follow-recommendation button").text())
			.isEqualTo("Stop following");
		move(official, training, "UNDER_REVIEW", "Costed by the finance department");

		Document updates = stakeholder.page("/updates");
		assertThat(updates.select("li.update").eachText()).singleElement()
			.asString()
			.startsWith("New Status changed Fund a technicians' course at the technical colleges")
			.contains("Under review");
		assertThat(updates.select(".followed a").eachText())
			.containsExactly("Fund a technicians' course at the technical colleges");
		// Someone who does not follow it hears nothing.
		assertThat(neighbour.page("/updates").select("li.update")).isEmpty();
	}

	@Test
	void followingAThemeBringsNewsOfEveryRecommendationUnderIt() {
		Recommendation course = this.fixture.recommend(this.fixture.published, "Open a course in board-level repair",
				null, null, this.fixture.skillsIssue);
		Recommendation loans = this.fixture.recommend(this.fixture.published, "Cheaper loans for machinery", null,
				null, this.fixture.financeIssue);
		Portal neighbour = this.fixture.signedIn(NEIGHBOUR);
		Portal official = this.fixture.signedIn(OFFICIAL);

		assertThat(press(neighbour, "/updates", "/themes/SKILLS/follow", Map.of()).statusCode()).isEqualTo(302);
		assertThat(neighbour.page(page(course)).select("form.follow-theme button").text())
			.isEqualTo("Stop following the theme Skills");
		Document form = official.page(page(course) + "/follow-ups/new");
		assertThat(official.submit(page(course) + "/follow-ups/new", page(course) + "/follow-ups",
				Forms.fill(form, "/follow-ups",
						Map.of("description", "Ask three colleges for a syllabus")))
			.statusCode()).isEqualTo(302);
		move(official, loans, "UNDER_REVIEW", "Sent to the bank of Punjab");

		assertThat(neighbour.page("/updates").select("li.update").eachText()).singleElement()
			.asString()
			.contains("New follow-up action", "Open a course in board-level repair",
					"Ask three colleges for a syllabus");
		assertThat(neighbour.page("/updates").select(".themes button[aria-pressed=true]").eachText())
			.containsExactly("Skills");
	}

	@Test
	void whatIsNewSinceTheLastVisitIsMarked() {
		Recommendation course = this.fixture.recommend(this.fixture.published, "Train trainers for repair courses",
				null, null, this.fixture.skillsIssue);
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);
		Portal official = this.fixture.signedIn(OFFICIAL);
		press(stakeholder, page(course), page(course) + "/follow", Map.of());
		move(official, course, "UNDER_REVIEW", "Looked at by the skills department");
		assertThat(stakeholder.page("/updates").select("li.update-new")).hasSize(1);

		// That visit ended two hours ago, after the first change; then the board moved the recommendation again.
		this.fixture.visitedHoursAgo(ASSEMBLER, "UPDATES", 2);
		this.jdbc.update("update account_update set occurred_at = occurred_at - interval '3 hours' "
				+ "where recommendation_id = ?", course.getId());
		move(official, course, "ACCEPTED", "Approved by the skills department");

		Document updates = stakeholder.page("/updates");
		assertThat(updates.select("li.update").eachText()).hasSize(2);
		assertThat(updates.select("li.update-new").eachText()).singleElement().asString().contains("Accepted");
		assertThat(updates.select(".updates-since").text()).startsWith("One update is new since your last visit");
		// Reading on during the same visit keeps it marked.
		assertThat(stakeholder.page("/updates").select("li.update-new")).hasSize(1);
	}

	@Test
	void anAnswerToAStakeholdersCommentReachesThemWithoutFollowing() {
		Recommendation loans = this.fixture.recommend(this.fixture.published, "Lower the markup on machinery loans",
				null, null, this.fixture.financeIssue);
		Portal neighbour = this.fixture.signedIn(NEIGHBOUR);
		Portal official = this.fixture.signedIn(OFFICIAL);
		assertThat(comment(neighbour, page(loans), "Our loans cost 22% a year.").statusCode()).isEqualTo(302);

		assertThat(reply(official, page(loans), commentId(loans), "The board is asking the bank for a lower rate.")
			.statusCode()).isEqualTo(302);

		assertThat(neighbour.page("/updates").select("li.update").eachText()).singleElement()
			.asString()
			.contains("Answer to your comment", "The board is asking the bank for a lower rate.");
	}

	@Test
	void aStakeholderHearsNothingOfWhatThePublicMayNotRead() {
		Recommendation unpublished = this.fixture.recommend(this.fixture.planned, "Pay apprentices a stipend", null,
				null, this.fixture.plannedIssue);
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);
		Portal official = this.fixture.signedIn(OFFICIAL);
		press(stakeholder, "/updates", "/themes/SKILLS/follow", Map.of());

		assertThat(stakeholder.get(page(unpublished)).statusCode()).isEqualTo(404);
		assertThat(stakeholder.submit("/updates", page(unpublished) + "/follow", Map.of()).statusCode())
			.isEqualTo(404);
		move(official, unpublished, "UNDER_REVIEW", "Costed by the finance department");

		assertThat(stakeholder.page("/updates").select("li.update")).isEmpty();
		// The entry is there, waiting for the minutes to be published.
		assertThat(this.jdbc.queryForObject("select count(*) from account_update where recommendation_id = ?",
				Long.class, unpublished.getId())).isEqualTo(1);
	}

	private long commentId(Recommendation recommendation) {
		return this.jdbc.queryForObject("select min(id) from recommendation_comment where recommendation_id = ?",
				Long.class, recommendation.getId());
	}

}
