package org.consultationregistry.engagement;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.UserAccount;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user follows, or stops following, a recommendation they may read or a theme. Following what is
 * followed already, or unfollowing what is not, changes nothing, so that a form sent twice does no harm.
 */
@Service
@Transactional(readOnly = true)
public class Following {

	private final FollowRepository follows;

	private final Accounts accounts;

	private final Recommendations recommendations;

	Following(FollowRepository follows, Accounts accounts, Recommendations recommendations) {
		this.follows = follows;
		this.accounts = accounts;
		this.recommendations = recommendations;
	}

	/**
	 * @throws RecordNotFoundException if there is no such recommendation, or none the signed-in user may read
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void followRecommendation(long recommendationId, boolean follow) {
		Reader reader = Reader.current();
		Recommendation recommendation = this.recommendations.find(recommendationId, reader.audience())
			.orElseThrow(() -> new RecordNotFoundException("Recommendation", recommendationId))
			.recommendation();
		UserAccount account = account(reader);
		this.follows.findRecommendation(account.getId(), recommendationId).ifPresentOrElse((existing) -> {
			if (!follow) {
				this.follows.delete(existing);
			}
		}, () -> {
			if (follow) {
				this.follows.save(Follow.recommendation(account, recommendation));
			}
		});
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void followTheme(IssueCategory theme, boolean follow) {
		UserAccount account = account(Reader.current());
		this.follows.findTheme(account.getId(), theme).ifPresentOrElse((existing) -> {
			if (!follow) {
				this.follows.delete(existing);
			}
		}, () -> {
			if (follow) {
				this.follows.save(Follow.theme(account, theme));
			}
		});
	}

	private UserAccount account(Reader reader) {
		return this.accounts.find(reader.username())
			.orElseThrow(() -> new RecordNotFoundException("Account", reader.username()));
	}

}
