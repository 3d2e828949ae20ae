package org.consultationregistry.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.recommendation.Recommendation;
import org.springframework.data.domain.Page;

/**
 * The updates page: what happened to what the reader follows, newest first, and what they follow.
 *
 * @param since when the reader's previous visit ended; entries after it are new ({@code null} on a first visit,
 * when every entry is)
 */
public record UpdatesView(Page<AccountUpdate> updates, Instant since, List<Recommendation> followedRecommendations,
		Set<IssueCategory> followedThemes) {

	public boolean isNew(AccountUpdate update) {
		return this.since == null || update.getOccurredAt().isAfter(this.since);
	}

	public long newCount() {
		return this.updates.stream().filter(this::isNew).count();
	}

	/** Every theme, for the buttons that follow or unfollow one. */
	public IssueCategory[] themes() {
		return IssueCategory.values();
	}

}
