package org.consultationregistry.search;

import java.util.List;

import org.consultationregistry.issue.IssueSearch;
import org.consultationregistry.issue.IssueSearch.IssueHit;
import org.consultationregistry.minutes.SessionSearch;
import org.consultationregistry.minutes.SessionSearch.SessionHit;
import org.consultationregistry.recommendation.RecommendationFinder;
import org.consultationregistry.recommendation.RecommendationHit;
import org.consultationregistry.recommendation.RecommendationResults;
import org.consultationregistry.recommendation.RecommendationSearch;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.SearchTerms;
import org.consultationregistry.stakeholder.NameSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asks each feature for its best matches, all in one read-only transaction. */
@Service
@Transactional(readOnly = true)
class RegistrySearch {

	/** Best matches shown per kind of record; the recommendations list holds the rest of its kind. */
	static final int PER_KIND = 5;

	/** Organisations and people a search may stand for; the page lists them all. */
	private static final int NAME_MATCHES = 10;

	private final RecommendationFinder recommendations;

	private final IssueSearch issues;

	private final SessionSearch sessions;

	private final NameSearch names;

	RegistrySearch(RecommendationFinder recommendations, IssueSearch issues, SessionSearch sessions,
			NameSearch names) {
		this.recommendations = recommendations;
		this.issues = issues;
		this.sessions = sessions;
		this.names = names;
	}

	/**
	 * @param recommendations the best recommendations, or null when nothing was asked
	 * @param allRecommendations the recommendations list narrowed to the same words
	 */
	record Results(SearchTerms terms, RecommendationResults recommendations, String allRecommendations,
			List<IssueHit> issues, List<SessionHit> sessions, NameSearch.Matches names) {

		public boolean isAsked() {
			return !this.terms.isEmpty();
		}

		public boolean isEmpty() {
			return (this.recommendations == null || this.recommendations.isEmpty()) && this.issues.isEmpty()
					&& this.sessions.isEmpty() && this.names.isEmpty();
		}

		public List<RecommendationHit> bestRecommendations() {
			List<RecommendationHit> hits = (this.recommendations != null) ? this.recommendations.hits() : List.of();
			return hits.subList(0, Math.min(PER_KIND, hits.size()));
		}

	}

	Results search(String typed, Audience audience) {
		SearchTerms terms = SearchTerms.of(typed);
		if (terms.isEmpty()) {
			return new Results(terms, null, "/recommendations", List.of(), List.of(), NameSearch.Matches.NONE);
		}
		RecommendationSearch search = new RecommendationSearch(terms.text(), null, null, null, null, null, null, null,
				null, null);
		NameSearch.Matches names = this.names.like(terms, audience == Audience.PUBLIC, NAME_MATCHES);
		RecommendationResults recommendations = this.recommendations.best(search, audience, names, PER_KIND);
		return new Results(terms, recommendations, search.link("/recommendations", null, null),
				this.issues.search(terms, names, audience, PER_KIND), this.sessions.search(terms, audience, PER_KIND),
				names);
	}

}
