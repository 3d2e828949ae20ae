package org.consultationregistry.minutes;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consultationregistry.minutes.MinutesFixture.OFFICIAL;
import static org.consultationregistry.minutes.MinutesFixture.PARTICIPANT;

/**
 * The minutes of a session from the first draft to an erratum: an official drafts and circulates them, a
 * participant suggests corrections that the official accepts or declines, the official publishes them, and a
 * mistake found later is corrected by an erratum while the published text stays readable.
 */
@PortalTest
class MinutesLifecycleIT {

	private static final String DRAFT = """
			The chair welcomed the manufacturers and asked what holds back assembly in Lahore.

			Airlink said its plant runs three shifts and loses hours to power cuts. \
			The board agreed to meet again in January.""";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	StakeholderDirectory directory;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	MinutesFixture fixture;

	@BeforeEach
	void planASession() {
		this.fixture = new MinutesFixture(this.port, this.accounts, this.directory, this.sessions, this.jdbc);
	}

	@AfterEach
	void removeIt() {
		this.fixture.remove();
	}

	@Test
	void minutesAreDraftedCirculatedCorrectedPublishedAndCorrectedByAnErratum() {
		Portal official = this.fixture.signedIn(OFFICIAL);
		String path = this.fixture.sessionPath;

		Document drafted = this.fixture.saveDraft(official, DRAFT).page();
		assertThat(drafted.select(".minutes-notice").text()).isEqualTo("The draft is saved.");
		assertThat(drafted.select(".minutes-text").text()).isEqualTo(words(DRAFT));
		assertThat(this.fixture.sessionStatus()).isEqualTo("MINUTES_DRAFT");

		this.fixture.circulate(official);
		assertThat(this.fixture.sessionStatus()).isEqualTo("CIRCULATED");

		// A participant reads the circulated draft and suggests two corrections.
		Portal participant = this.fixture.signedIn(PARTICIPANT);
		assertThat(participant.page(path).select(".minutes-text").text()).isEqualTo(words(DRAFT));
		Document suggested = this.fixture.suggest(participant, "three shifts", "two shifts", "We run two shifts.")
			.page();
		assertThat(suggested.select(".minutes-notice").text()).startsWith("Thank you");
		this.fixture.suggest(participant, "loses hours", "loses ten hours a week", "");

		// The official accepts the first into the draft and declines the second with an answer.
		List<String> reviews = official.page(path).select("ol.suggestions a").eachAttr("href");
		assertThat(reviews).hasSize(2);
		Document review = official.page(reviews.get(0));
		assertThat(review.select(".minutes-diff del").eachText()).containsExactly("[removed: three]");
		assertThat(review.select(".minutes-diff ins").eachText()).containsExactly("[added: two]");
		this.fixture.fill(official, reviews.get(0), "form[action$='/accept']", Map.of("answer", "Corrected, thank you."));
		this.fixture.fill(official, reviews.get(1), "form[action$='/accept']", reviews.get(1) + "/decline",
				Map.of("answer", "The figure was not given at the meeting."));

		assertThat(this.fixture.revisions()).extracting((row) -> row.get("kind")).containsExactly("WRITTEN",
				"SUGGESTION");
		assertThat(this.fixture.revisions().get(1).get("text").toString()).contains("runs two shifts and loses hours");
		assertThat(participant.page(path).select("ol.suggestions > li").eachText()).satisfiesExactly(
				(first) -> assertThat(first).contains("Accepted", "Corrected, thank you."),
				(second) -> assertThat(second).contains("Declined", "The figure was not given at the meeting."));

		// Once published, anyone can read the minutes as approved.
		this.fixture.publish(official);
		assertThat(this.fixture.sessionStatus()).isEqualTo("PUBLISHED");
		Document published = this.fixture.visitor().page(path);
		assertThat(published.select(".minutes-text").text()).contains("runs two shifts").contains("in January");
		assertThat(published.select("table.revisions tbody tr").eachText()).singleElement()
			.asString()
			.startsWith("Revision 2 A participant's correction, accepted Approved and published Current");

		// A mistake found later is corrected by an erratum, with its reason.
		Document corrected = this.fixture
			.fill(official, path + "/minutes/erratum", "form[action$='/erratum']",
					Map.of("text", DRAFT.replace("three", "two").replace("January", "February"), "reason",
							"The follow-up meeting was agreed for February."))
			.page();
		assertThat(corrected.select(".minutes-notice").text()).isEqualTo("The erratum is recorded.");

		Portal visitor = this.fixture.visitor();
		Document now = visitor.page(path);
		assertThat(now.select(".minutes-text").text()).contains("in February");
		assertThat(now.select("table.revisions tbody tr").eachText()).satisfiesExactly(
				(erratum) -> assertThat(erratum).contains("Revision 3 Erratum", "agreed for February"),
				(approved) -> assertThat(approved).contains("Revision 2", "Approved and published"));

		// The erratum shows what it changed; the published revision it corrects stays readable.
		Document erratum = visitor.page(path + "?revision=3");
		assertThat(erratum.select(".minutes-diff del").eachText()).containsExactly("[removed: January.]");
		assertThat(erratum.select(".minutes-diff ins").eachText()).containsExactly("[added: February.]");
		assertThat(erratum.select(".erratum-reason").text()).contains("The follow-up meeting was agreed for February.");
		Document earlier = visitor.page(path + "?revision=2");
		assertThat(earlier.select(".older-revision").text()).startsWith("You are reading revision 2");
		assertThat(earlier.select(".minutes-text").text()).contains("in January");

		// The draft before approval stays with the board's staff.
		assertThat(visitor.get(path + "?revision=1").statusCode()).isEqualTo(404);
		assertThat(official.page(path + "?revision=1").select(".minutes-text").text()).isEqualTo(words(DRAFT));
	}

	@Test
	void everyChangeToTheMinutesIsInTheAuditTrail() {
		Portal official = this.fixture.signedIn(OFFICIAL);
		Portal participant = this.fixture.signedIn(PARTICIPANT);
		this.fixture.saveDraft(official, DRAFT);
		this.fixture.circulate(official);
		this.fixture.suggest(participant, "three shifts", "two shifts", "");
		String review = official.page(this.fixture.sessionPath).select("ol.suggestions a").attr("href");
		this.fixture.fill(official, review, "form[action$='/accept']", Map.of());
		this.fixture.publish(official);
		this.fixture.fill(official, this.fixture.sessionPath + "/minutes/erratum", "form[action$='/erratum']",
				Map.of("text", DRAFT.replace("January", "March"), "reason", "Wrong month."));

		long minutes = this.jdbc.queryForObject("select id from minutes where session_id = ?", Long.class,
				this.fixture.sessionId);
		List<String> events = this.jdbc.queryForList("""
				select actor || ' ' || action || ' ' || record_type from audit_event
				where (record_type = 'Minutes' and record_id = ?)
				   or (record_type = 'MinutesRevision'
				       and record_id in (select id from minutes_revision where minutes_id = ?))
				   or (record_type = 'MinutesSuggestion'
				       and record_id in (select id from minutes_suggestion where minutes_id = ?))
				   or (record_type = 'ConsultationSession' and record_id = ? and action = 'STATUS_CHANGE')
				order by id
				""", String.class, minutes, minutes, minutes, this.fixture.sessionId);
		assertThat(events).containsExactlyInAnyOrder("official-1 CREATE Minutes", "official-1 CREATE MinutesRevision",
				"official-1 STATUS_CHANGE ConsultationSession", "official-1 UPDATE Minutes",
				"official-1 STATUS_CHANGE ConsultationSession", "airlink.participant CREATE MinutesSuggestion",
				"official-1 STATUS_CHANGE MinutesSuggestion", "official-1 UPDATE Minutes",
				"official-1 CREATE MinutesRevision", "official-1 UPDATE Minutes",
				"official-1 STATUS_CHANGE ConsultationSession", "official-1 CREATE MinutesRevision",
				"official-1 UPDATE Minutes");
		assertThat(this.jdbc.queryForObject("""
				select changes -> 'reason' ->> 1 from audit_event
				where record_type = 'MinutesRevision'
				  and record_id = (select id from minutes_revision where minutes_id = ? and kind = 'ERRATUM')
				""", String.class, minutes)).isEqualTo("Wrong month.");
	}

	@Test
	void theSessionPageRunsTheSameStatementsHoweverLongTheMinutesHistory() {
		Portal official = this.fixture.signedIn(OFFICIAL);
		Portal participant = this.fixture.signedIn(PARTICIPANT);
		this.fixture.saveDraft(official, DRAFT);
		this.fixture.circulate(official);
		this.fixture.suggest(participant, "three shifts", "two shifts", "");
		long withOneRevision = statementsToShow(official);

		this.fixture.saveDraft(official, DRAFT.replace("Lahore", "Lahore and Sialkot"));
		this.fixture.suggest(participant, "power cuts", "load-shedding", "");
		String review = official.page(this.fixture.sessionPath).select("ol.suggestions a").attr("href");
		this.fixture.fill(official, review, "form[action$='/accept']", Map.of());
		this.fixture.saveDraft(official, DRAFT.replace("January", "the new year"));
		long withFourRevisions = statementsToShow(official);

		assertThat(withFourRevisions).isEqualTo(withOneRevision);
	}

	private long statementsToShow(Portal portal) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		portal.page(this.fixture.sessionPath);
		return statistics.getPrepareStatementCount();
	}

	/** The text as a page shows it, with line breaks and runs of spaces as single spaces. */
	private static String words(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
