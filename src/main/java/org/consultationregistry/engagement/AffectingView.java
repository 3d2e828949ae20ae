package org.consultationregistry.engagement;

import java.time.Instant;
import java.util.List;

/**
 * The home page's part for a signed-in stakeholder: the recommendations that affect their organisation, those that
 * changed since the last visit first.
 *
 * @param organisationId the organisation the reader speaks for
 * @param since when the previous visit ended, or {@code null} on a first visit (nothing is marked then)
 * @param more whether there are more than the ones listed
 */
public record AffectingView(long organisationId, Instant since, List<AffectedRecommendation> recommendations,
		boolean more) {

	public long changedCount() {
		return this.recommendations.stream().filter(AffectedRecommendation::isChanged).count();
	}

}
