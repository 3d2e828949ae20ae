package org.consultationregistry.minutes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.minutes.MinutesFixture.Answer;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consultationregistry.minutes.MinutesFixture.OFFICIAL;
import static org.consultationregistry.minutes.MinutesFixture.OUTSIDER;
import static org.consultationregistry.minutes.MinutesFixture.PARTICIPANT;
import static org.consultationregistry.minutes.MinutesFixture.SECOND_OFFICIAL;

/**
 * What the minutes refuse: readers who may not see a draft, changes to published minutes other than an erratum, an
 * erratum without a reason, a save based on a text someone else has changed, and suggestions that do not quote the
 * draft. Nothing refused is saved.
 */
@PortalTest
class MinutesRefusalsIT {

	private static final String DRAFT = """
			The manufacturers asked for a testing laboratory in Lahore.
			The board will ask the Punjab IT Board to cost one.""";

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
	DataSource dataSource;

	MinutesFixture fixture;

	Portal official;

	@BeforeEach
	void draftMinutes() {
		this.fixture = new MinutesFixture(this.port, this.accounts, this.directory, this.sessions, this.jdbc);
		this.official = this.fixture.signedIn(OFFICIAL);
		this.fixture.saveDraft(this.official, DRAFT);
	}

	@AfterEach
	void removeThem() {
		this.fixture.remove();
	}

	@Test
	void aStakeholderWhoWasNotAtTheTableCannotReadTheDraftNorSuggestACorrection() {
		this.fixture.circulate(this.official);
		Portal outsider = this.fixture.signedIn(OUTSIDER);

		assertThat(outsider.get(this.fixture.sessionPath).statusCode()).isEqualTo(404);
		// The home page's sign-out form gives the stakeholder a valid CSRF token to post with.
		Answer suggested = this.fixture.send(outsider, "/", this.fixture.sessionPath + "/minutes/suggestions",
				Map.of("passage", "in Lahore", "replacement", "in Sialkot", "token", UUID.randomUUID().toString()));

		assertThat(suggested.status()).isEqualTo(403);
		assertThat(suggested.page().text()).contains("You do not have permission").doesNotContain("Exception");
		assertThat(suggestions()).isZero();
	}

	@Test
	void aVisitorWhoHasNotSignedInCannotReadACirculatedDraft() {
		this.fixture.circulate(this.official);
		Portal visitor = this.fixture.visitor();

		assertThat(visitor.get(this.fixture.sessionPath).statusCode()).isEqualTo(404);
		assertThat(visitor.get(this.fixture.sessionPath + "?revision=1").statusCode()).isEqualTo(404);
		Answer suggested = this.fixture.send(visitor, "/login", this.fixture.sessionPath + "/minutes/suggestions",
				Map.of("passage", "in Lahore", "replacement", "in Sialkot"));
		assertThat(suggested.location()).endsWith("/login");
		assertThat(suggestions()).isZero();
	}

	@Test
	void aDraftIsForTheBoardsStaffUntilItIsCirculated() {
		Portal participant = this.fixture.signedIn(PARTICIPANT);

		assertThat(participant.get(this.fixture.sessionPath).statusCode()).isEqualTo(404);
		Answer suggested = this.fixture.send(participant, "/", this.fixture.sessionPath + "/minutes/suggestions",
				Map.of("passage", "in Lahore", "replacement", "in Sialkot"));
		assertThat(suggested.page().text()).contains("There is no such page");
		assertThat(suggestions()).isZero();
	}

	@Test
	void publishedMinutesCanOnlyBeCorrectedByAnErratum() {
		Document draftForm = this.official.page(this.fixture.sessionPath + "/minutes/edit");
		this.fixture.circulate(this.official);
		this.fixture.publish(this.official);

		Document page = this.official.page(this.fixture.sessionPath);
		assertThat(page.select(".minutes-actions a").eachText()).containsExactly("Record an erratum");
		Answer editing = this.fixture.open(this.official, this.fixture.sessionPath + "/minutes/edit");
		assertThat(editing.page().select(".minutes-problem").text())
			.isEqualTo("These minutes are published and can no longer be edited. Record an erratum to correct them.");
		Answer saved = this.fixture.send(this.official, this.fixture.sessionPath, this.fixture.sessionPath + "/minutes",
				Map.of("text", "Rewritten after publication.", "version", currentVersion(), "token",
						draftForm.select("input[name=token]").val()));
		assertThat(saved.page().select(".minutes-problem").text()).startsWith("These minutes are published");
		assertThat(this.fixture.revisions()).singleElement().extracting((row) -> row.get("text")).isEqualTo(
				DRAFT.strip());
	}

	@Test
	void anErratumWithoutAReasonIsRefusedNextToTheReasonField() {
		this.fixture.circulate(this.official);
		this.fixture.publish(this.official);

		Answer saved = this.fixture.fill(this.official, this.fixture.sessionPath + "/minutes/erratum",
				"form[action$='/erratum']", Map.of("text", DRAFT.replace("Lahore", "Gujranwala"), "reason", " "));

		assertThat(saved.status()).isEqualTo(200);
		Document form = saved.page();
		assertThat(form.select("#reason").hasClass("is-invalid")).isTrue();
		assertThat(form.select("#reason-error").text()).isEqualTo("Say why the published minutes are being corrected.");
		assertThat(form.select("#text").val()).contains("Gujranwala");
		assertThat(this.fixture.revisions()).hasSize(1);
	}

	@Test
	void anOfficialSavingOverAnotherOfficialsEditSeesBothVersions() {
		Portal second = this.fixture.signedIn(SECOND_OFFICIAL);
		String editPage = this.fixture.sessionPath + "/minutes/edit";
		Element staleForm = second.page(editPage).selectFirst("form[action$='/minutes']");

		this.fixture.saveDraft(this.official, DRAFT + "\nThe chair closed the meeting at five.");
		Answer conflict = this.fixture.send(second, editPage, staleForm.attr("action"),
				Map.of("text", DRAFT + "\nThe meeting ended early.", "version",
						staleForm.select("input[name=version]").val(), "token",
						staleForm.select("input[name=token]").val()));

		assertThat(conflict.status()).isEqualTo(409);
		Document page = conflict.page();
		assertThat(page.select(".theirs").text()).contains("closed the meeting at five");
		assertThat(page.select("#text").val()).contains("The meeting ended early.");
		assertThat(this.fixture.revisions()).hasSize(2);

		// Saving the form again, now that the official has seen the other text, replaces it deliberately.
		Answer resaved = this.fixture.send(second, editPage, staleForm.attr("action"),
				Map.of("text", page.select("#text").val(), "version", page.select("input[name=version]").val(),
						"token", page.select("input[name=token]").val()));
		assertThat(resaved.page().select(".minutes-notice").text()).isEqualTo("The draft is saved.");
		assertThat(this.fixture.revisions()).hasSize(3);
	}

	@Test
	void aDraftSubmittedTwiceIsSavedOnce() {
		String editPage = this.fixture.sessionPath + "/minutes/edit";
		Element form = this.official.page(editPage).selectFirst("form[action$='/minutes']");
		Map<String, String> fields = Map.of("text", DRAFT + "\nA second paragraph.", "version",
				form.select("input[name=version]").val(), "token", form.select("input[name=token]").val());

		assertThat(this.fixture.send(this.official, editPage, form.attr("action"), fields).status()).isEqualTo(302);
		assertThat(this.fixture.send(this.official, editPage, form.attr("action"), fields).status()).isEqualTo(302);

		assertThat(this.fixture.revisions()).hasSize(2);
	}

	@Test
	void aDoubleClickOnCirculateCirculatesOnce() {
		Map<String, String> fields = Map.of("version", currentVersion());
		String circulate = this.fixture.sessionPath + "/minutes/circulate";

		this.fixture.send(this.official, this.fixture.sessionPath, circulate, fields);
		Answer again = this.fixture.send(this.official, this.fixture.sessionPath, circulate, fields);

		assertThat(again.page().select(".minutes-notice").text())
			.isEqualTo("The draft has been circulated to the participants.");
		assertThat(this.fixture.sessionStatus()).isEqualTo("CIRCULATED");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event
				where record_type = 'ConsultationSession' and record_id = ? and action = 'STATUS_CHANGE'
				  and changes -> 'status' ->> 1 = 'CIRCULATED'
				""", Long.class, this.fixture.sessionId)).isEqualTo(1);
	}

	@Test
	void aSuggestionMustQuoteWordsThatAppearOnceInTheDraft() {
		this.fixture.circulate(this.official);
		Portal participant = this.fixture.signedIn(PARTICIPANT);

		Document notThere = this.fixture
			.suggest(participant, "in Karachi", "in Sialkot", "The laboratory was for Sialkot.")
			.page();
		assertThat(notThere.select("#passage-error").text()).startsWith("These words do not appear in the draft.");
		assertThat(notThere.select("#passage").val()).isEqualTo("in Karachi");
		assertThat(notThere.select("#note").val()).isEqualTo("The laboratory was for Sialkot.");

		Document twice = this.fixture.suggest(participant, "The", "A", "").page();
		assertThat(twice.select("#passage-error").text()).startsWith("These words appear more than once");
		assertThat(suggestions()).isZero();
	}

	@Test
	void minutesArePublishedOnlyOnceEverySuggestionIsDecided() {
		this.fixture.circulate(this.official);
		Portal participant = this.fixture.signedIn(PARTICIPANT);
		this.fixture.suggest(participant, "testing laboratory", "testing and repair laboratory", "");

		Document page = this.official.page(this.fixture.sessionPath);
		assertThat(page.select("form[action$='/publish']")).isEmpty();
		assertThat(page.select(".minutes-actions").text()).contains("Accept or decline the 1 pending suggestion(s)");
		Answer published = this.fixture.send(this.official, this.fixture.sessionPath,
				this.fixture.sessionPath + "/minutes/publish", Map.of("version", currentVersion()));
		assertThat(published.page().select(".minutes-problem").text())
			.startsWith("Accept or decline every suggested correction");
		assertThat(this.fixture.sessionStatus()).isEqualTo("CIRCULATED");

		// Declining needs a word of explanation for the participant.
		String review = page.select("ol.suggestions a").attr("href");
		Answer declined = this.fixture.fill(this.official, review, "form[action$='/accept']", review + "/decline",
				Map.of("answer", ""));
		assertThat(declined.page().select("#answer-error").text())
			.isEqualTo("Tell the participant in a few words why the suggestion is declined.");
		assertThat(this.jdbc.queryForObject("select status from minutes_suggestion where minutes_id = "
				+ "(select id from minutes where session_id = ?)", String.class, this.fixture.sessionId))
			.isEqualTo("PENDING");
	}

	@Test
	void aCorrectionAcceptedJustAsAnotherOfficialSavesARevisionIsRefusedAsAConflict() throws Exception {
		this.fixture.circulate(this.official);
		this.fixture.suggest(this.fixture.signedIn(PARTICIPANT), "testing laboratory", "testing and repair laboratory",
				"");
		String review = this.official.page(this.fixture.sessionPath).select("ol.suggestions a").attr("href");
		int revisions = this.fixture.revisions().size();

		// Another official's revision takes the next number and is about to be committed when this one accepts.
		try (Connection another = this.dataSource.getConnection()) {
			another.setAutoCommit(false);
			try (PreparedStatement save = another.prepareStatement("""
					insert into minutes_revision (minutes_id, number, kind, text, written_by, written_at)
					select id, ?, 'WRITTEN', 'Revised by another official.', 'another.official', now()
					from minutes where session_id = ?""")) {
				save.setInt(1, revisions + 1);
				save.setLong(2, this.fixture.sessionId);
				save.executeUpdate();
			}
			CompletableFuture<Answer> accepting = CompletableFuture.supplyAsync(() -> this.fixture
				.fill(this.official, review, "form[action$='/accept']", Map.of("answer", "Thank you.")));
			// The accepting request numbers its revision the same and waits for the other one to end.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (this.jdbc.queryForObject("select count(*) from pg_locks where not granted", Long.class) == 0) {
				assertThat(System.nanoTime()).as("the accepting request waits for the other revision")
					.isLessThan(deadline);
				Thread.sleep(50);
			}
			another.commit();

			Answer accepted = accepting.get(30, TimeUnit.SECONDS);

			assertThat(accepted.status()).isEqualTo(409);
		}
		assertThat(this.fixture.revisions()).hasSize(revisions + 1)
			.last()
			.satisfies((revision) -> assertThat(revision.get("written_by")).isEqualTo("another.official"));
		assertThat(this.jdbc.queryForObject("select status from minutes_suggestion where minutes_id = "
				+ "(select id from minutes where session_id = ?)", String.class, this.fixture.sessionId))
			.isEqualTo("PENDING");
	}

	private String currentVersion() {
		return String.valueOf(this.jdbc.queryForObject("select version from minutes where session_id = ?",
				Long.class, this.fixture.sessionId));
	}

	private long suggestions() {
		return this.jdbc.queryForObject("""
				select count(*) from minutes_suggestion s join minutes m on m.id = s.minutes_id
				where m.session_id = ?
				""", Long.class, this.fixture.sessionId);
	}

}
