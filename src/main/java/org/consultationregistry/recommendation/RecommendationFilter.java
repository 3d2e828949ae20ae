package org.consultationregistry.recommendation;

import java.time.LocalDate;

import org.consultationregistry.issue.IssueCategory;

/**
 * What narrows a list of recommendations, as the query parameters of the recommendations page and of its exports
 * name it. Every part is optional; a blank filter is every recommendation the audience may see.
 *
 * @param q words in the title or details
 * @param theme the category of an issue the recommendation answers
 * @param responsible the id of the body responsible for acting on it
 * @param raisedBy the id of an organisation that raised an issue it answers
 * @param session the id of the session it came from
 * @param from the earliest day its session was held
 * @param to the latest day its session was held
 */
public record RecommendationFilter(String q, RecommendationStatus status, IssueCategory theme, Long responsible,
		Long raisedBy, Long session, LocalDate from, LocalDate to) {

	public static RecommendationFilter none() {
		return new RecommendationFilter(null, null, null, null, null, null, null, null);
	}

	/** The search words as typed, without control characters (which PostgreSQL refuses), or {@code null}. */
	public String words() {
		if (this.q == null) {
			return null;
		}
		String words = this.q.replaceAll("\\p{Cntrl}", "").strip();
		return words.isEmpty() ? null : words;
	}

}
