package org.consultationregistry.recommendation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.consultationregistry.session.Audience;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations the board's sessions have produced, and where each one stands. The public sees a
 * recommendation once the minutes of the session it came from are published.
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
	public Page<Recommendation> newestFirst(RecommendationStatus status, Audience audience, Pageable pageable) {
		Set<RecommendationStatus> statuses = (status != null) ? EnumSet.of(status)
				: EnumSet.allOf(RecommendationStatus.class);
		return this.recommendations.findNewestFirst(statuses, audience.visibleSessions(), unsorted(pageable));
	}

	public Optional<RecommendationRecord> find(long id, Audience audience) {
		return this.recommendations.findDetailedById(id)
			.filter((recommendation) -> audience.maySee(recommendation.getOriginSession()))
			.map((recommendation) -> new RecommendationRecord(recommendation,
					this.recommendations.findAddressedIssues(id), this.recommendations.findHistory(id),
					this.recommendations.findFollowUpActions(id)));
	}

	/**
	 * The recommendations that came out of one session, with the body responsible for each. The caller has already
	 * checked that the session is one its audience may see.
	 */
	public List<Recommendation> fromSession(long sessionId) {
		return this.recommendations.findFromSession(sessionId);
	}

	/**
	 * The recommendations that concern an organisation: it proposed them, is responsible for them, or raised an issue
	 * they answer.
	 */
	public Page<Recommendation> concerning(long organisationId, Audience audience, Pageable pageable) {
		return this.recommendations.findConcerning(organisationId, audience.visibleSessions(), unsorted(pageable));
	}

	/** How many recommendations stand at each status, with every status present (zero where there are none). */
	public Map<RecommendationStatus, Long> countByStatus(Audience audience) {
		Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
		for (RecommendationStatus status : RecommendationStatus.values()) {
			counts.put(status, 0L);
		}
		this.recommendations.countByStatus(audience.visibleSessions())
			.forEach((count) -> counts.put(count.getStatus(), count.getTotal()));
		return counts;
	}

	@Transactional
	public Recommendation record(Recommendation recommendation) {
		return this.recommendations.save(recommendation);
	}

	private static Pageable unsorted(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
	}

}
