package org.consultationregistry.recommendation;

import java.util.Map;

import org.consultationregistry.session.Audience;

/**
 * Something another feature shows on a recommendation's page (what people say about it, who follows it). The
 * recommendation feature asks each part for its model attributes and knows nothing else about it; the template
 * shows a part only when its attributes are there.
 */
public interface RecommendationPagePart {

	/** The model attributes this part adds to the page of {@code record}, as {@code audience} sees it. */
	Map<String, Object> attributesFor(RecommendationRecord record, Audience audience);

}
