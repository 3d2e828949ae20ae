package org.consultationregistry.recommendation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a recommendation stands on its way to policy. The usual path is proposed, under review, accepted, in
 * progress, implemented; at several points it can instead be rejected or deferred, and a deferred or rejected
 * recommendation can be taken up for review again.
 */
public enum RecommendationStatus {

	PROPOSED, UNDER_REVIEW, ACCEPTED, IN_PROGRESS, IMPLEMENTED, REJECTED, DEFERRED;

	/** The statuses this one may move to; an implemented recommendation is closed. */
	public Set<RecommendationStatus> nextSteps() {
		return switch (this) {
			case PROPOSED -> EnumSet.of(UNDER_REVIEW, REJECTED, DEFERRED);
			case UNDER_REVIEW -> EnumSet.of(ACCEPTED, REJECTED, DEFERRED);
			case ACCEPTED -> EnumSet.of(IN_PROGRESS, DEFERRED);
			case IN_PROGRESS -> EnumSet.of(IMPLEMENTED, DEFERRED);
			case REJECTED, DEFERRED -> EnumSet.of(UNDER_REVIEW);
			case IMPLEMENTED -> Collections.emptySet();
		};
	}

	public boolean canMoveTo(RecommendationStatus next) {
		return nextSteps().contains(next);
	}

	/** Still needs someone to act: neither implemented nor rejected. */
	public boolean isOpen() {
		return this != IMPLEMENTED && this != REJECTED;
	}

}
