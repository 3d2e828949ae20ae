package org.consultationregistry.engagement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.UserAccount;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Affects my organisation": for someone signed in who speaks for an organisation, the published recommendations it
 * proposed, is responsible for, raised an issue for, or follows, with what changed since their last visit to the home
 * page. Three statements: the account, the visit, the list.
 */
@Service
public class AffectedRecommendations {

	/** How many the home page lists; the organisation's page has them all. */
	private static final int LISTED = 30;

	private final AffectedRepository affected;

	private final Accounts accounts;

	private final Visits visits;

	private final Clock clock;

	AffectedRecommendations(AffectedRepository affected, Accounts accounts, Visits visits,
			@Qualifier("registryClock") Clock clock) {
		this.affected = affected;
		this.accounts = accounts;
		this.visits = visits;
		this.clock = clock;
	}

	/**
	 * What affects the organisation of the account with this username, if it speaks for one. Counts as a visit to the
	 * home page.
	 */
	@Transactional
	public Optional<AffectingView> forAccount(String username) {
		Optional<UserAccount> found = this.accounts.find(username).filter((a) -> a.getOrganisation() != null);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		UserAccount account = found.get();
		Instant now = this.clock.instant();
		Instant since = this.visits.arrive(account.getId(), Visits.Place.HOME, now);
		List<AffectedRecommendation> rows = new ArrayList<>(this.affected.findAffecting(
				account.getOrganisation().getId(), (since != null) ? since : now, PageRequest.of(0, LISTED + 1)));
		boolean more = rows.size() > LISTED;
		List<AffectedRecommendation> listed = new ArrayList<>(rows.subList(0, Math.min(rows.size(), LISTED)));
		// What changed comes first; otherwise newest first, as loaded (the sort is stable).
		listed.sort(Comparator.comparing((AffectedRecommendation row) -> !row.isChanged()));
		return Optional.of(new AffectingView(account.getOrganisation().getId(), since, listed, more));
	}

}
