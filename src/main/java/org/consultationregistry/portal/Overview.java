package org.consultationregistry.portal;

import java.util.List;
import java.util.Map;

import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.session.ConsultationSession;

/**
 * What the home page shows: how much the registry holds, where recommendations stand, and the latest sessions.
 */
public record Overview(long sessionCount, long organisationCount, Map<RecommendationStatus, Long> recommendationsByStatus,
		List<ConsultationSession> latestSessions) {

	public long recommendationCount() {
		return this.recommendationsByStatus.values().stream().mapToLong(Long::longValue).sum();
	}

	public long openRecommendationCount() {
		return this.recommendationsByStatus.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().isOpen())
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

}
