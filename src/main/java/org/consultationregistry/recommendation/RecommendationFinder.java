package org.consultationregistry.recommendation;

import org.consultationregistry.session.Audience;
import org.consultationregistry.stakeholder.NameSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds recommendations: by words in their titles and texts (stemmed, as word beginnings, best match first), by the
 * name of an organisation or person concerned (even misspelt), and by filters, with counts of how the result divides.
 * The public finds only recommendations from sessions whose minutes are published.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationFinder {

	/** Names a search may stand for: enough for a misspelling to find its organisation, few enough to stay precise. */
	private static final int NAME_MATCHES = 10;

	private final RecommendationSearchQuery query;

	private final NameSearch names;

	RecommendationFinder(RecommendationSearchQuery query, NameSearch names) {
		this.query = query;
		this.names = names;
	}

	public RecommendationResults search(RecommendationSearch search, Audience audience) {
		return search(search, audience, namesIn(search, audience));
	}

	/** The organisations and people the search's words may stand for, as the audience may know them. */
	NameSearch.Matches namesIn(RecommendationSearch search, Audience audience) {
		return search.terms().isEmpty() ? NameSearch.Matches.NONE
				: this.names.like(search.terms(), audience == Audience.PUBLIC, NAME_MATCHES);
	}

	/** The same, with the names the words stand for already looked up by the caller. */
	public RecommendationResults search(RecommendationSearch search, Audience audience, NameSearch.Matches names) {
		return this.query.search(search, audience.visibleSessions(), names);
	}

	/**
	 * The best few recommendations for words, with how many match counted only up to a few hundred: for the site-wide
	 * search, which links to the full list rather than paging. The names the words stand for are looked up by the
	 * caller.
	 */
	public RecommendationResults best(RecommendationSearch search, Audience audience, NameSearch.Matches names,
			int limit) {
		return this.query.best(search, audience.visibleSessions(), names, limit);
	}

}
