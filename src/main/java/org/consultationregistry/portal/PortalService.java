package org.consultationregistry.portal;

import java.util.Optional;

import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads across features for the pages that show the registry as a whole.
 */
@Service
@Transactional(readOnly = true)
public class PortalService {

	private static final int LATEST_SESSIONS = 5;

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

	public Overview overview() {
		return new Overview(this.sessions.count(), this.directory.countOrganisations(),
				this.recommendations.countByStatus(), this.sessions.latest(LATEST_SESSIONS));
	}

	public Optional<OrganisationProfile> organisationProfile(long organisationId) {
		return this.directory.findOrganisation(organisationId)
			.map((organisation) -> new OrganisationProfile(organisation, this.directory.peopleOf(organisationId),
					this.sessions.attendedBy(organisationId), this.issues.raisedBy(organisationId),
					this.recommendations.concerning(organisationId)));
	}

}
