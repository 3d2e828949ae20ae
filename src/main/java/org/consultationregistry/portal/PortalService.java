package org.consultationregistry.portal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.shared.QueryPlans;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads across features for the pages that show the registry as a whole.
 */
@Service
@Transactional(readOnly = true)
public class PortalService {

	private static final int LATEST_SESSIONS = 5;

	/** How many of each kind of record an organisation's page lists; the headings give the totals. */
	private static final int PROFILE_LIST = 20;

	/**
	 * How far an organisation's page counts each kind of record: past it, "more than 1,000" says as much as an exact
	 * 12,000, which would mean reading all of them on every visit.
	 */
	static final int PROFILE_COUNT_CAP = 1000;

	private final StakeholderDirectory directory;

	private final ConsultationSessions sessions;

	private final IssuesRaised issues;

	private final Recommendations recommendations;

	private final QueryPlans plans;

	/**
	 * How long the home page's totals are shown before they are counted again. Counting reads every recommendation
	 * (half a million after ten years), far too slow for every visit; totals a minute old are good enough for a
	 * summary, and each instance keeps its own, so nothing needs sharing between instances.
	 */
	private final Duration totalsMaxAge;

	private final Map<Audience, Counted> totals = new ConcurrentHashMap<>();

	private final ReentrantLock counting = new ReentrantLock();

	PortalService(StakeholderDirectory directory, ConsultationSessions sessions, IssuesRaised issues,
			Recommendations recommendations, QueryPlans plans,
			@Value("${registry.home.totals-max-age}") Duration totalsMaxAge) {
		this.directory = directory;
		this.sessions = sessions;
		this.issues = issues;
		this.recommendations = recommendations;
		this.plans = plans;
		this.totalsMaxAge = totalsMaxAge;
	}

	public Overview overview(Audience audience) {
		Totals totals = totals(audience);
		return new Overview(totals.sessions(), totals.organisations(), totals.recommendationsByStatus(),
				this.sessions.latest(audience, LATEST_SESSIONS));
	}

	private Totals totals(Audience audience) {
		Counted last = this.totals.get(audience);
		if (last != null && isFresh(last)) {
			return last.totals();
		}
		// One request counts them again; the others show the totals it replaces (or, before the first count, wait for
		// it) rather than each read every recommendation at the same moment.
		if (last == null) {
			this.counting.lock();
		}
		else if (!this.counting.tryLock()) {
			return last.totals();
		}
		try {
			last = this.totals.get(audience);
			if (last != null && isFresh(last)) {
				return last.totals();
			}
			long now = System.nanoTime();
			Totals counted = new Totals(this.sessions.count(audience), this.directory.countOrganisations(),
					this.recommendations.countByStatus(audience));
			this.totals.put(audience, new Counted(counted, now));
			return counted;
		}
		finally {
			this.counting.unlock();
		}
	}

	private boolean isFresh(Counted counted) {
		return System.nanoTime() - counted.countedAt() < this.totalsMaxAge.toNanos();
	}

	public Optional<OrganisationProfile> organisationProfile(long organisationId, Audience audience) {
		// Each list and count is one index range of the organisation's footprint (V24), stopped at the list's length or
		// the cap, so a plan kept for any organisation reads no more for the largest: bench/plan-skew.py checks that.
		this.plans.reuseForThisTransaction();
		return this.directory.findOrganisation(organisationId)
			.map((organisation) -> new OrganisationProfile(organisation,
					this.directory.peopleOf(organisationId, PROFILE_LIST, PROFILE_COUNT_CAP),
					this.sessions.attendedBy(organisationId, audience, PROFILE_LIST, PROFILE_COUNT_CAP),
					this.issues.raisedBy(organisationId, audience, PROFILE_LIST, PROFILE_COUNT_CAP),
					this.recommendations.concerning(organisationId, audience, PROFILE_LIST, PROFILE_COUNT_CAP)));
	}

	private record Totals(long sessions, long organisations,
			Map<RecommendationStatus, Long> recommendationsByStatus) {
	}

	private record Counted(Totals totals, long countedAt) {
	}

}
