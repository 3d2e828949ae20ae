package org.consultationregistry.recommendation;

import java.time.LocalDate;

import org.consultationregistry.shared.Snippet;

/** One row of the recommendations list: the recommendation, where it came from, who must act, and why it matched. */
public record RecommendationHit(long id, String title, RecommendationStatus status, LocalDate targetDate,
		long sessionId, String sessionTitle, LocalDate heldOn, Long responsibleId, String responsible,
		Snippet snippet) {
}
