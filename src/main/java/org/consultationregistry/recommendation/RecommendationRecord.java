package org.consultationregistry.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.consultationregistry.issue.IssueRaised;

/**
 * Everything the recommendation page shows, loaded up front: the recommendation, the issues it answers, its status
 * history (oldest first) and its follow-up actions.
 */
public record RecommendationRecord(Recommendation recommendation, List<IssueRaised> addressedIssues,
		List<StatusChange> history, List<FollowUpAction> followUpActions) {

	/**
	 * When the recommendation last moved (the accountability clock): its latest status change, or the latest
	 * follow-up action added, done or reopened.
	 */
	public Instant lastMovement() {
		return Stream
			.concat(this.history.stream().map(StatusChange::getChangedAt),
					this.followUpActions.stream()
						.flatMap((action) -> Stream.of(action.getCreatedAt(), action.getDoneAt(),
								action.getReopenedAt())))
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
	}

	/** Whole days since {@link #lastMovement()}, on the board's calendar; {@code null} if it never moved. */
	public Long daysSinceLastMovement(Clock clock) {
		Instant last = lastMovement();
		return (last != null) ? ChronoUnit.DAYS.between(LocalDate.ofInstant(last, clock.getZone()), LocalDate.now(clock))
				: null;
	}

	/** Whether a follow-up action is still open after its due date. */
	public boolean isOverdue(FollowUpAction action, Clock clock) {
		return !action.isDone() && action.getDueDate() != null && action.getDueDate().isBefore(LocalDate.now(clock));
	}

}
