package org.consultationregistry.recommendation;

import java.time.Instant;

/**
 * Something that happened to a recommendation that people following it want to hear about. Published by
 * {@link Recommendations} inside the transaction that makes the change, so that a listener's writes are committed or
 * rolled back with it.
 */
public sealed interface RecommendationEvent {

	long recommendationId();

	Instant occurredAt();

	/** The recommendation moved from one status to another. */
	record StatusChanged(long recommendationId, RecommendationStatus from, RecommendationStatus to,
			Instant occurredAt) implements RecommendationEvent {
	}

	/** A follow-up action was added, marked done ({@code done}) or reopened. */
	record FollowUpChanged(long recommendationId, long actionId, Change change,
			Instant occurredAt) implements RecommendationEvent {

		public enum Change {

			ADDED, DONE, REOPENED

		}

	}

}
