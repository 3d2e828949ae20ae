package org.consultationregistry.engagement;

import org.consultationregistry.recommendation.RecommendationStatus;

/**
 * A published recommendation that affects an organisation, why it does, and what changed since the reader's last
 * visit.
 *
 * @param proposed the organisation proposed it
 * @param responsible the organisation is responsible for carrying it out
 * @param raised the organisation raised an issue it answers
 * @param followed someone of the organisation follows it
 * @param added it was recorded since the last visit
 * @param statusChanges how often its status changed since the last visit
 * @param followUpChanges follow-up actions added, done or reopened since the last visit
 * @param comments comments made since the last visit
 */
public record AffectedRecommendation(long id, String title, RecommendationStatus status, boolean proposed,
		boolean responsible, boolean raised, boolean followed, boolean added, long statusChanges,
		long followUpChanges, long comments) {

	public boolean isChanged() {
		return this.added || this.statusChanges + this.followUpChanges + this.comments > 0;
	}

}
