package org.consultationregistry.recommendation;

import java.util.List;

import org.consultationregistry.issue.IssueRaised;

/**
 * A recommendation as it is saved now, with the issues it answers and what its form offers to choose from: the
 * edit form starts from it, and a conflict page shows it beside the official's own text.
 */
public record RecommendationEdit(Recommendation current, List<IssueRaised> currentIssues,
		RecommendationChoices choices) {

	RecommendationForm form() {
		return RecommendationForm.of(this.current, this.currentIssues);
	}

}
