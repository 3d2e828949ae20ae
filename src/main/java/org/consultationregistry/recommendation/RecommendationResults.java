package org.consultationregistry.recommendation;

import java.util.List;

/**
 * One page of a recommendations search, with how many there are in all (counted up to {@link #COUNT_LIMIT}: beyond
 * that, an exact count would cost more than it tells) and the facets of the whole result.
 */
public record RecommendationResults(RecommendationSearch search, List<RecommendationHit> hits, int page,
		boolean hasNext, long total, boolean totalCapped, List<Facet> facets) {

	public static final int PAGE_SIZE = 20;

	public static final int COUNT_LIMIT = 10_000;

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public int firstRow() {
		return this.page * PAGE_SIZE + 1;
	}

	public int lastRow() {
		return this.page * PAGE_SIZE + this.hits.size();
	}

	/**
	 * One way to narrow the result, such as its status, with how many of the result fall under each value.
	 *
	 * @param name the URL parameter it sets
	 * @param values the values, most frequent first; a value already chosen is marked
	 */
	public record Facet(String name, List<FacetValue> values) {
	}

	/**
	 * @param value what the parameter is set to
	 * @param label the organisation's or session's name; for statuses and themes, null (the template names them)
	 * @param count how many of the result have it
	 * @param selected whether the search is already narrowed to it
	 * @param link the search narrowed to it, or, when selected, widened again
	 */
	public record FacetValue(String value, String label, long count, boolean selected, String link) {
	}

}
