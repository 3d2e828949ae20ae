package org.consultationregistry.recommendation;

import java.util.List;

import org.consultationregistry.issue.IssueRaised;

/**
 * Everything the recommendation page shows, loaded up front: the recommendation, the issues it answers, its status
 * history (oldest first) and its follow-up actions.
 */
public record RecommendationRecord(Recommendation recommendation, List<IssueRaised> addressedIssues,
		List<StatusChange> history, List<FollowUpAction> followUpActions) {
}
