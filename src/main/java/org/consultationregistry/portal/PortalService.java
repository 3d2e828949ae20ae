package org.consultationregistry.portal;

import java.util.Optional;

import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
	private static final Pageable PROFILE_LIST = PageRequest.of(0, 20);

	private final StakeholderDirectory directory;

	private final ConsultationSessions sessions;

	private final IssuesRaised issues;

	private final Recommendations recommendations;

	PortalService(StakeholderDirectory directory, ConsultationSessions sessions, IssuesRaised issues,
			Recommendations recommendations) {
		this.directory = directory;
		this.sessions = sessions;
		this.issues = issues;
		this.recommendations = recommendations;
	}

	public Overview overview(Audience audience) {
		return new Overview(this.sessions.count(audience), this.directory.countOrganisations(),
				this.recommendations.countByStatus(audience), this.sessions.latest(audience, LATEST_SESSIONS));
	}

	public Optional<OrganisationProfile> organisationProfile(long organisationId, Audience audience) {
		return this.directory.findOrganisation(organisationId)
			.map((organisation) -> new OrganisationProfile(organisation,
					this.directory.peopleOf(organisationId, PROFILE_LIST),
					this.sessions.attendedBy(organisationId, audience, PROFILE_LIST),
					this.issues.raisedBy(organisationId, audience, PROFILE_LIST),
					this.recommendations.concerning(organisationId, audience, PROFILE_LIST)));
	}

}
