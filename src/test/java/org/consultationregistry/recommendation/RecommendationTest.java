package org.consultationregistry.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.SessionDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RecommendationTest {

	private static final Instant DAY_ONE = Instant.parse("2024-09-30T12:00:00Z");

	private final ConsultationSession session = ConsultationSession.plan(new SessionDetails("IT hardware",
			"IT hardware manufacturing", LocalDate.of(2024, 9, 30), null, null, null, null, null, null, null, null));

	private final Recommendation recommendation = Recommendation.propose(this.session,
			"Let government departments buy locally made IT hardware", null, "official", DAY_ONE);

	@Test
	void itsHistoryStartsWithTheProposal() {
		assertThat(this.recommendation.getStatus()).isEqualTo(RecommendationStatus.PROPOSED);
		assertThat(this.recommendation.getHistory()).singleElement().satisfies((change) -> {
			assertThat(change.getFromStatus()).isNull();
			assertThat(change.getToStatus()).isEqualTo(RecommendationStatus.PROPOSED);
			assertThat(change.getChangedBy()).isEqualTo("official");
		});
	}

	@Test
	void everyMoveIsRecordedWithWhoAndWhy() {
		this.recommendation.moveTo(RecommendationStatus.UNDER_REVIEW, "secretary", "Sent to the finance wing",
				DAY_ONE.plusSeconds(60));
		this.recommendation.moveTo(RecommendationStatus.DEFERRED, "secretary", "Waiting for the budget",
				DAY_ONE.plusSeconds(120));

		assertThat(this.recommendation.getHistory()).extracting(StatusChange::getToStatus)
			.containsExactly(RecommendationStatus.PROPOSED, RecommendationStatus.UNDER_REVIEW,
					RecommendationStatus.DEFERRED);
		assertThat(this.recommendation.getHistory().get(2).getReason()).isEqualTo("Waiting for the budget");
	}

	@Test
	void aMoveTimedBeforeTheLastOneStillReadsAsTheNewest() {
		this.recommendation.moveTo(RecommendationStatus.UNDER_REVIEW, "secretary", "Sent to the finance wing",
				DAY_ONE.plusSeconds(60));
		// A second instance whose clock runs a little behind records the next move.
		this.recommendation.moveTo(RecommendationStatus.ACCEPTED, "director", "Agreed by the board",
				DAY_ONE.plusSeconds(59));

		StatusChange newest = this.recommendation.getHistory().get(2);
		assertThat(newest.getToStatus()).isEqualTo(RecommendationStatus.ACCEPTED);
		assertThat(newest.getChangedAt()).isEqualTo(DAY_ONE.plusSeconds(60));
	}

	@Test
	void onlyAllowedMovesAreAccepted() {
		assertThatIllegalStateException().isThrownBy(() -> this.recommendation
			.moveTo(RecommendationStatus.IMPLEMENTED, "official", "Done already?", DAY_ONE.plusSeconds(60)));
		assertThat(this.recommendation.getStatus()).isEqualTo(RecommendationStatus.PROPOSED);
		assertThat(this.recommendation.getHistory()).hasSize(1);
	}

	@Test
	void aMoveNeedsAReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.recommendation
			.moveTo(RecommendationStatus.REJECTED, "official", " ", DAY_ONE.plusSeconds(60)));
	}

	@Test
	void itCannotBeDueBeforeTheSessionItCameFrom() {
		RecommendationDetails tooEarly = new RecommendationDetails("Let departments buy local", null, null, null,
				null, LocalDate.of(2024, 9, 29), List.of());

		assertThatIllegalArgumentException().isThrownBy(() -> this.recommendation.revise(tooEarly));
		assertThatIllegalArgumentException().isThrownBy(() -> this.recommendation.addFollowUp("Write to departments",
				null, null, LocalDate.of(2024, 9, 1)));
		assertThat(this.recommendation.getTargetDate()).isNull();
		assertThat(this.recommendation.getFollowUpActions()).isEmpty();
	}

	@Test
	void aFollowUpActionRemembersWhenItWasDoneAndReopened() {
		FollowUpAction action = this.recommendation.addFollowUp("Write to departments", null, null,
				LocalDate.of(2024, 10, 15));

		action.markDone(DAY_ONE.plusSeconds(60));
		action.markDone(DAY_ONE.plusSeconds(120));
		assertThat(action.isDone()).isTrue();
		assertThat(action.getDoneAt()).isEqualTo(DAY_ONE.plusSeconds(60));

		action.reopen(DAY_ONE.plusSeconds(180));
		assertThat(action.isDone()).isFalse();
		assertThat(action.getDoneAt()).isNull();
		assertThat(action.getReopenedAt()).isEqualTo(DAY_ONE.plusSeconds(180));
	}

	@Test
	void anImplementedRecommendationIsClosed() {
		assertThat(RecommendationStatus.IMPLEMENTED.nextSteps()).isEmpty();
		assertThat(RecommendationStatus.IMPLEMENTED.isOpen()).isFalse();
		assertThat(RecommendationStatus.DEFERRED.canMoveTo(RecommendationStatus.UNDER_REVIEW)).isTrue();
	}

}
