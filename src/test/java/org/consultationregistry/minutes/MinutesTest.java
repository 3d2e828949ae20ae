package org.consultationregistry.minutes;

import java.time.Instant;
import java.time.LocalDate;

import org.consultationregistry.minutes.MinutesRefusedException.Reason;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.stakeholder.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Minutes move from draft to circulated to published, never back, and keep every text they have had.
 */
class MinutesTest {

	private static final Instant NOW = Instant.parse("2024-10-02T09:00:00Z");

	private final Person participant = new Person(null, "Sana Iqbal", "Head of Operations", null);

	private Minutes minutes;

	@BeforeEach
	void draft() {
		ConsultationSession session = ConsultationSession.plan(new SessionDetails("Power supply for assembly plants",
				"IT hardware manufacturing", LocalDate.of(2024, 10, 1), null, null, "Lahore", null, null, null, null,
				null));
		this.minutes = Minutes.draft(session, "Airlink runs three shifts.\r\nIt loses hours to power cuts. ",
				"official-1", NOW);
	}

	@Test
	void eachEditIsANewRevisionAndTheTextIsKeptWithPlainLineBreaks() {
		this.minutes.revise("Airlink runs two shifts.\nIt loses hours to power cuts.", "official-1", NOW);

		assertThat(this.minutes.getRevisions()).extracting(MinutesRevision::getNumber).containsExactly(1, 2);
		assertThat(this.minutes.getRevisions().get(0).getText())
			.isEqualTo("Airlink runs three shifts.\nIt loses hours to power cuts.");
		assertThat(this.minutes.getCurrentRevision()).isEqualTo(2);
		assertThatThrownBy(() -> this.minutes.revise("Airlink runs two shifts.\nIt loses hours to power cuts.",
				"official-1", NOW))
			.extracting("reason")
			.isEqualTo(Reason.UNCHANGED);
	}

	@Test
	void minutesArePublishedOnlyAfterCirculationAndOnceEverySuggestionIsDecided() {
		assertThatThrownBy(() -> this.minutes.publish("official-1", NOW)).extracting("reason")
			.isEqualTo(Reason.NOT_CIRCULATED);
		this.minutes.circulate("official-1", NOW);
		MinutesSuggestion suggestion = this.minutes.suggest(this.participant, "sana", "three shifts", "two shifts",
				null, NOW);
		assertThatThrownBy(() -> this.minutes.publish("official-1", NOW)).extracting("reason")
			.isEqualTo(Reason.SUGGESTIONS_PENDING);

		this.minutes.decline(suggestion, "We counted three.", "official-1", NOW);
		this.minutes.publish("official-1", NOW);

		assertThat(this.minutes.getStage()).isEqualTo(MinutesStage.PUBLISHED);
		assertThat(this.minutes.getPublishedRevision()).isEqualTo(1);
	}

	@Test
	void anAcceptedSuggestionBecomesTheNextRevisionWithTheReplacementInPlace() {
		this.minutes.circulate("official-1", NOW);
		MinutesSuggestion suggestion = this.minutes.suggest(this.participant, "sana", "three  shifts", "two shifts",
				"We run two.", NOW);

		MinutesRevision revision = this.minutes.accept(suggestion, null, "official-1", NOW);

		assertThat(revision.getKind()).isEqualTo(RevisionKind.SUGGESTION);
		assertThat(revision.getText()).isEqualTo("Airlink runs two shifts.\nIt loses hours to power cuts.");
		assertThat(suggestion.getStatus()).isEqualTo(SuggestionStatus.ACCEPTED);
		assertThatThrownBy(() -> this.minutes.decline(suggestion, "Too late.", "official-2", NOW))
			.extracting("reason")
			.isEqualTo(Reason.ALREADY_DECIDED);
	}

	@Test
	void aSuggestionWhosePassageWasEditedAwayCannotBeAccepted() {
		this.minutes.circulate("official-1", NOW);
		MinutesSuggestion suggestion = this.minutes.suggest(this.participant, "sana", "power cuts", "load-shedding",
				null, NOW);
		this.minutes.revise("Airlink runs three shifts.\nIt loses hours when the power fails.", "official-1", NOW);

		assertThatThrownBy(() -> this.minutes.accept(suggestion, null, "official-1", NOW)).extracting("reason")
			.isEqualTo(Reason.PASSAGE_NO_LONGER_FOUND);
		assertThat(suggestion.isPending()).isTrue();
	}

	@Test
	void aSuggestionNamesWholeWordsThatAppearOnceInTheDraft() {
		this.minutes.circulate("official-1", NOW);

		assertThatThrownBy(() -> this.minutes.suggest(this.participant, "sana", "hree shifts", "two shifts", null,
				NOW))
			.extracting("reason")
			.isEqualTo(Reason.PASSAGE_NOT_FOUND);
		assertThatThrownBy(() -> this.minutes.suggest(this.participant, "sana", "s", "z", null, NOW))
			.extracting("reason")
			.isEqualTo(Reason.PASSAGE_NOT_FOUND);
		assertThatThrownBy(() -> this.minutes.suggest(this.participant, "sana", "shifts", "shifts", null, NOW))
			.extracting("reason")
			.isEqualTo(Reason.REPLACEMENT_UNCHANGED);
		assertThatThrownBy(() -> this.minutes.suggest(this.participant, "sana", ".", "!", null, NOW))
			.extracting("reason")
			.isEqualTo(Reason.PASSAGE_NOT_UNIQUE);
		assertThat(this.minutes.getSuggestions()).isEmpty();
	}

	@Test
	void publishedMinutesAreCorrectedOnlyByAnErratumThatSaysWhy() {
		this.minutes.circulate("official-1", NOW);
		this.minutes.publish("official-1", NOW);

		assertThatThrownBy(() -> this.minutes.revise("Rewritten.", "official-1", NOW)).extracting("reason")
			.isEqualTo(Reason.PUBLISHED_READ_ONLY);
		MinutesRevision erratum = this.minutes.correct("Airlink runs two shifts.\nIt loses hours to power cuts.",
				" The count of shifts was wrong. ", "official-1", NOW);

		assertThat(erratum.getNumber()).isEqualTo(2);
		assertThat(erratum.getKind()).isEqualTo(RevisionKind.ERRATUM);
		assertThat(erratum.getReason()).isEqualTo("The count of shifts was wrong.");
		assertThat(this.minutes.getPublishedRevision()).isEqualTo(1);
		assertThatThrownBy(() -> this.minutes.correct("Again.", " ", "official-1", NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
