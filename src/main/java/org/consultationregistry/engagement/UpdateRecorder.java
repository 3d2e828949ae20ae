package org.consultationregistry.engagement;

import org.consultationregistry.recommendation.RecommendationEvent.FollowUpChanged;
import org.consultationregistry.recommendation.RecommendationEvent.StatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes what happened to recommendations into their followers' updates lists, in the transaction of the change
 * (the recommendation feature publishes its events synchronously, inside it), so that an update is never lost nor
 * written for a change that was rolled back.
 */
@Component
class UpdateRecorder {

	private final AccountUpdateRepository updates;

	UpdateRecorder(AccountUpdateRepository updates) {
		this.updates = updates;
	}

	@EventListener
	void statusChanged(StatusChanged event) {
		this.updates.recordStatusChange(event.recommendationId(), event.to().name(), event.occurredAt());
	}

	@EventListener
	void followUpChanged(FollowUpChanged event) {
		UpdateKind kind = switch (event.change()) {
			case ADDED -> UpdateKind.FOLLOW_UP_ADDED;
			case DONE -> UpdateKind.FOLLOW_UP_DONE;
			case REOPENED -> UpdateKind.FOLLOW_UP_REOPENED;
		};
		this.updates.recordFollowUp(event.recommendationId(), kind.name(), event.actionId(), event.occurredAt());
	}

	/** A new comment: a reply for the author of the comment it answers, and news for the followers. */
	void commented(Comment comment) {
		this.updates.recordReply(comment.getId());
		this.updates.recordComment(comment.getId());
	}

}
