package org.consultationregistry.portal;

import java.util.List;

import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;

/**
 * An organisation's footprint in the registry: its people, the sessions it attended, the issues it raised and the
 * recommendations that concern it.
 */
public record OrganisationProfile(Organisation organisation, List<Person> people,
		List<ConsultationSession> sessionsAttended, List<IssueRaised> issuesRaised,
		List<Recommendation> recommendations) {
}
