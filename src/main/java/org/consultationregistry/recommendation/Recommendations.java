package org.consultationregistry.recommendation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations the board's sessions have produced, and where each one stands.
 */
@Service
@Transactional(readOnly = true)
public class Recommendations {

	private final RecommendationRepository recommendations;

	Recommendations(RecommendationRepository recommendations) {
		this.recommendations = recommendations;
	}

	/**
	 * One page of recommendations, newest first, optionally only those with the given status. A sort asked for in
	 * the URL is ignored.
	 */
	public Page<Recommendation> newestFirst(RecommendationStatus status, Pageable pageable) {
		return this.recommendations.findNewestFirst(status,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
	}

	public Optional<RecommendationRecord> find(long id) {
		return this.recommendations.findDetailedById(id)
			.map((recommendation) -> new RecommendationRecord(recommendation,
					this.recommendations.findAddressedIssues(id), this.recommendations.findHistory(id),
					this.recommendations.findFollowUpActions(id)));
	}

	/** The recommendations that came out of one session, with the body responsible for each. */
	public List<Recommendation> fromSession(long sessionId) {
		return this.recommendations.findFromSession(sessionId);
	}

	/**
	 * The recommendations that concern an organisation: it proposed them, is responsible for them, or raised an issue
	 * they answer.
	 */
	public List<Recommendation> concerning(long organisationId) {
		return this.recommendations.findConcerning(organisationId);
	}

	/** How many recommendations stand at each status, with every status present (zero where there are none). */
	public Map<RecommendationStatus, Long> countByStatus() {
		Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
		for (RecommendationStatus status : RecommendationStatus.values()) {
			counts.put(status, 0L);
		}
		this.recommendations.countByStatus().forEach((count) -> counts.put(count.getStatus(), count.getTotal()));
		return counts;
	}

	@Transactional
	public Recommendation record(Recommendation recommendation) {
		return this.recommendations.save(recommendation);
	}

}
