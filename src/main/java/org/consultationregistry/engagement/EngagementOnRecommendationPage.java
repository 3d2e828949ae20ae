package org.consultationregistry.engagement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.recommendation.RecommendationPagePart;
import org.consultationregistry.recommendation.RecommendationRecord;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.SessionStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the comments, endorsements and follow buttons to a recommendation's page: two statements for a visitor, a
 * third for someone signed in.
 */
@Component
class EngagementOnRecommendationPage implements RecommendationPagePart {

	private final Comments comments;

	private final Endorsements endorsements;

	private final FollowRepository follows;

	EngagementOnRecommendationPage(Comments comments, Endorsements endorsements, FollowRepository follows) {
		this.comments = comments;
		this.endorsements = endorsements;
		this.follows = follows;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> attributesFor(RecommendationRecord record, Audience audience) {
		Reader reader = Reader.current();
		long id = record.recommendation().getId();
		Set<IssueCategory> themes = EnumSet.noneOf(IssueCategory.class);
		record.addressedIssues().stream().map(IssueRaised::getCategory).forEach(themes::add);
		boolean following = false;
		Set<IssueCategory> followedThemes = EnumSet.noneOf(IssueCategory.class);
		if (reader.isSignedIn()) {
			for (Follow follow : this.follows.findFollowing(reader.username(), id)) {
				if (follow.getTheme() != null) {
					followedThemes.add(follow.getTheme());
				}
				else {
					following = true;
				}
			}
		}
		boolean open = record.recommendation().getOriginSession().getStatus() == SessionStatus.PUBLISHED;
		return Map.of("engagement",
				new RecommendationEngagement(id, open, this.comments.threadsOn(id, audience),
						this.endorsements.count(id, reader.username()), following, themes, followedThemes,
						CommentForm.blank()));
	}

}
