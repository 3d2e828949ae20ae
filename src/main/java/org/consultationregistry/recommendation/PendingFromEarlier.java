package org.consultationregistry.recommendation;

import java.util.List;

/**
 * What earlier sessions of a series left to do: the recommendations still open and the follow-up actions not yet
 * done. The next session's agenda starts here.
 */
public record PendingFromEarlier(List<Recommendation> recommendations, List<FollowUpAction> actions) {

	public boolean isEmpty() {
		return this.recommendations.isEmpty() && this.actions.isEmpty();
	}

}
