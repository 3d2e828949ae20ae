package org.consultationregistry.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.consultationregistry.account.UserAccount;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.shared.BaseEntity;
import org.springframework.util.Assert;

/**
 * An account following one recommendation, or a theme: every recommendation that answers an issue of one category.
 * What happens to what it follows appears in its updates list.
 */
@Entity
public class Follow extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private UserAccount account;

	@ManyToOne(fetch = FetchType.LAZY)
	private Recommendation recommendation;

	@Enumerated(EnumType.STRING)
	private IssueCategory theme;

	protected Follow() {
	}

	static Follow recommendation(UserAccount account, Recommendation recommendation) {
		Assert.notNull(recommendation, "A recommendation to follow is required");
		Follow follow = new Follow(account);
		follow.recommendation = recommendation;
		return follow;
	}

	static Follow theme(UserAccount account, IssueCategory theme) {
		Assert.notNull(theme, "A theme to follow is required");
		Follow follow = new Follow(account);
		follow.theme = theme;
		return follow;
	}

	private Follow(UserAccount account) {
		Assert.notNull(account, "Someone follows");
		this.account = account;
	}

	public UserAccount getAccount() {
		return this.account;
	}

	/** The recommendation followed, or {@code null} when a theme is. */
	public Recommendation getRecommendation() {
		return this.recommendation;
	}

	/** The theme followed, or {@code null} when a recommendation is. */
	public IssueCategory getTheme() {
		return this.theme;
	}

}
