package org.consultationregistry.engagement;

import java.util.List;
import java.util.Set;

import org.consultationregistry.issue.IssueCategory;

/**
 * What the recommendation page shows of what people do with it: the comments, the endorsements, and (for someone
 * signed in) whether they follow it and its themes.
 *
 * @param open whether comments and endorsements are taken: the recommendation is published
 * @param themes the themes of the issues it answers
 * @param followedThemes those of them the reader follows
 */
public record RecommendationEngagement(long recommendationId, boolean open, List<CommentThread> threads,
		EndorsementCount endorsements, boolean following, Set<IssueCategory> themes,
		Set<IssueCategory> followedThemes, CommentForm commentForm) {
}
