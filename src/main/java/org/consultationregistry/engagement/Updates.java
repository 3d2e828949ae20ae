package org.consultationregistry.engagement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.UserAccount;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.shared.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's updates list: status changes, follow-up actions and comments on what they follow, and
 * answers to their own comments. Opening it counts as a visit, which decides what is marked new the next time.
 */
@Service
public class Updates {

	private final AccountUpdateRepository updates;

	private final FollowRepository follows;

	private final Accounts accounts;

	private final Visits visits;

	private final Clock clock;

	Updates(AccountUpdateRepository updates, FollowRepository follows, Accounts accounts, Visits visits,
			@Qualifier("registryClock") Clock clock) {
		this.updates = updates;
		this.follows = follows;
		this.accounts = accounts;
		this.visits = visits;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public UpdatesView forReader(Pageable pageable) {
		Reader reader = Reader.current();
		UserAccount account = this.accounts.find(reader.username())
			.orElseThrow(() -> new RecordNotFoundException("Account", reader.username()));
		Instant since = this.visits.arrive(account.getId(), Visits.Place.UPDATES, this.clock.instant());
		List<Recommendation> recommendations = new ArrayList<>();
		Set<IssueCategory> themes = EnumSet.noneOf(IssueCategory.class);
		for (Follow follow : this.follows.findAllOf(account.getId(), reader.audience().seesEverySession())) {
			if (follow.getTheme() != null) {
				themes.add(follow.getTheme());
			}
			else {
				recommendations.add(follow.getRecommendation());
			}
		}
		return new UpdatesView(this.updates.findOf(account.getId(), reader.audience().seesEverySession(),
				reader.isStaff(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())), since,
				recommendations, themes);
	}

}
