package org.consultationregistry.engagement;

import java.net.http.HttpResponse;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.consultationregistry.engagement.EngagementFixture.ASSEMBLER;
import static org.consultationregistry.engagement.EngagementFixture.COLLEAGUE;
import static org.consultationregistry.engagement.EngagementFixture.OFFICIAL;
import static org.consultationregistry.engagement.EngagementFixture.comment;
import static org.consultationregistry.engagement.EngagementFixture.page;
import static org.consultationregistry.engagement.EngagementFixture.press;

/**
 * Stakeholders have their say on a published recommendation: they comment in plain text and endorse it, once each.
 * An official hides a comment that breaks the rules, giving a reason; it is kept, and only the board's staff see it,
 * marked hidden.
 */
@PortalTest
class CommentsIT {

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

	Recommendation course;

	String page;

	@BeforeEach
	void aPublishedRecommendation() {
		this.fixture = new EngagementFixture(this.port, this.jdbc, this.accounts, this.directory, this.sessions,
				this.issues, this.recommendations);
		this.course = this.fixture.recommend(this.fixture.published, "Open a course in board-level repair", null,
				null, this.fixture.skillsIssue);
		this.page = page(this.course);
	}

	@AfterEach
	void removeIt() {
		this.fixture.remove();
	}

	@Test
	void aCommentIsPlainTextShownAsTyped() {
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);

		HttpResponse<String> sent = comment(stakeholder, this.page,
				"We would send <b>six</b> technicians.\nNext year, twelve.");

		assertThat(Forms.location(sent)).startsWith(this.page + "#comment-");
		Document page = this.fixture.visitor().page(this.page);
		assertThat(page.select(".comment-text").eachText())
			.containsExactly("We would send <b>six</b> technicians. Next year, twelve.");
		assertThat(page.select(".comment-text b")).isEmpty();
		assertThat(page.select(".comment-author").eachText()).containsExactly(ASSEMBLER);
		assertThat(page.select("h2#comments").text()).isEqualTo("Comments (1)");
	}

	@Test
	void anEmptyOrOverlongCommentIsRefusedNextToTheField() {
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);

		Document empty = stakeholder.parse(comment(stakeholder, this.page, " "));
		Document overlong = stakeholder.parse(comment(stakeholder, this.page, "x".repeat(2001)));

		assertThat(empty.select("#text-error").text()).isEqualTo("Fill this in.");
		assertThat(overlong.select("#text-error").text()).isEqualTo("Keep this to 2000 characters or fewer.");
		assertThat(overlong.select("textarea[name=text]").text()).hasSize(2001);
		assertThat(comments()).isZero();
	}

	@Test
	void aCommentSentTwiceIsRecordedOnce() {
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);
		Document page = stakeholder.page(this.page);
		Map<String, String> fields = Forms.fill(page, this.page + "/comments", Map.of("text", "Count us in."));

		HttpResponse<String> first = stakeholder.submit(this.page, this.page + "/comments", fields);
		HttpResponse<String> second = stakeholder.submit(this.page, this.page + "/comments", fields);

		assertThat(Forms.location(second)).isEqualTo(Forms.location(first));
		assertThat(comments()).isEqualTo(1);
	}

	@Test
	void aHiddenCommentStaysHiddenToStakeholdersAndVisibleToOfficials() {
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);
		Portal official = this.fixture.signedIn(OFFICIAL);
		comment(stakeholder, this.page, "Call 0300 1234567 for cheap parts!");
		comment(stakeholder, this.page, "Six technicians from us.");
		String hide = official.page(this.page).select("a.hide-comment").first().attr("href");

		Document withoutReason = official.parse(official.submit(hide, hide, Map.of("reason", " ")));
		assertThat(withoutReason.select("#reason-error").text())
			.isEqualTo("Give the reason for hiding the comment; it stays on record.");
		assertThat(official.submit(hide, hide, Map.of("reason", "Advertising, and a private phone number"))
			.statusCode()).isEqualTo(302);

		assertThat(stakeholder.page(this.page).select(".comment-text").eachText())
			.containsExactly("Six technicians from us.");
		assertThat(this.fixture.visitor().page(this.page).text()).doesNotContain("cheap parts");
		Document staffView = official.page(this.page);
		assertThat(staffView.select(".comment-hidden .comment-text").eachText())
			.containsExactly("Call 0300 1234567 for cheap parts!");
		assertThat(staffView.select(".comment-hidden .hidden-note").text())
			.startsWith("Hidden from the public by " + OFFICIAL + " on")
			.endsWith("Advertising, and a private phone number");
		assertThat(this.jdbc.queryForMap("""
				select hidden_by, hidden_reason, hidden_at is not null as hidden from recommendation_comment
				where text like 'Call 0300%' and recommendation_id = ?
				""", this.course.getId())).containsEntry("hidden_by", OFFICIAL)
			.containsEntry("hidden_reason", "Advertising, and a private phone number")
			.containsEntry("hidden", true);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event
				where record_type = 'Comment' and action = 'UPDATE' and actor = ?
				  and jsonb_exists(changes, 'hiddenReason')
				  and record_id = (select id from recommendation_comment where text like 'Call 0300%'
				                   and recommendation_id = ?)
				""", Long.class, OFFICIAL, this.course.getId())).isEqualTo(1);
		// Nor can the stakeholder reach the comment to answer it.
		assertThat(stakeholder.page(this.page).select("details.reply")).hasSize(1);
	}

	@Test
	void aStakeholderMayNotHideACommentNorCommentOnWhatIsNotPublished() {
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);
		comment(stakeholder, this.page, "Six technicians from us.");
		String comment = String.valueOf(this.jdbc.queryForObject(
				"select id from recommendation_comment where recommendation_id = ?", Long.class, this.course.getId()));
		Recommendation unpublished = this.fixture.recommend(this.fixture.planned, "Pay apprentices a stipend", null,
				null, this.fixture.plannedIssue);

		assertThat(stakeholder.submit(this.page, this.page + "/comments/" + comment + "/hide",
				Map.of("reason", "I changed my mind")).statusCode()).isEqualTo(403);
		assertThat(stakeholder.submit(this.page, page(unpublished) + "/comments", Map.of("text", "Good idea"))
			.statusCode()).isEqualTo(404);
		assertThat(this.fixture.signedIn(OFFICIAL).page(page(unpublished)).select("form.comment-form")).isEmpty();
	}

	@Test
	void eachPersonEndorsesARecommendationOnce() {
		Portal stakeholder = this.fixture.signedIn(ASSEMBLER);
		Portal colleague = this.fixture.signedIn(COLLEAGUE);

		press(stakeholder, this.page, "/endorsement", Map.of());
		// The same form again, from a page left open: still one endorsement.
		stakeholder.submit(this.page, this.page + "/endorsement", Map.of("endorse", "true"));
		press(colleague, this.page, "/endorsement", Map.of());

		assertThat(this.fixture.visitor().page(this.page).select(".endorsement-count").text())
			.isEqualTo("2 people endorse this recommendation.");
		assertThat(stakeholder.page(this.page).select("form.endorse button").text())
			.isEqualTo("Withdraw your endorsement");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into endorsement (recommendation_id, account_id)
				select ?, id from user_account where username = ?
				""", this.course.getId(), ASSEMBLER));

		press(stakeholder, this.page, "/endorsement", Map.of());
		assertThat(this.fixture.visitor().page(this.page).select(".endorsement-count").text())
			.isEqualTo("One person endorses this recommendation.");
		assertThat(this.fixture.signedIn(OFFICIAL).submit(this.page, this.page + "/endorsement", Map.of())
			.statusCode()).isEqualTo(403);
	}

	private long comments() {
		return this.jdbc.queryForObject("select count(*) from recommendation_comment where recommendation_id = ?",
				Long.class, this.course.getId());
	}

}
