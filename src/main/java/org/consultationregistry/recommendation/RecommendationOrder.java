package org.consultationregistry.recommendation;

/** The orders the recommendations list offers. Each ends on the id, so that pages never overlap or skip a row. */
public enum RecommendationOrder {

	/** Best match first; only with search words (without them, newest first). */
	RELEVANCE,
	NEWEST,
	OLDEST,
	/** Soonest target date first; those without one last. */
	TARGET_DATE

}
