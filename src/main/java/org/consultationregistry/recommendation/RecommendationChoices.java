package org.consultationregistry.recommendation;

import java.util.List;

import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.session.ConsultationSession;

/**
 * What a recommendation form offers to choose from: the issues raised in its session and in the session that one
 * follows up (if any). People and organisations are typed, with suggestions fetched as the official types.
 *
 * @param session the session the recommendation comes from, with the session it follows up
 * @param earlierIssues the issues raised in {@code session.followsUp}, empty if it follows up none
 */
public record RecommendationChoices(ConsultationSession session, List<IssueRaised> issues,
		List<IssueRaised> earlierIssues) {
}
