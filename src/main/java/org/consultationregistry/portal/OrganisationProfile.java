package org.consultationregistry.portal;

import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.shared.Preview;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;

/**
 * An organisation's footprint in the registry: its people, the sessions it attended, the issues it raised and the
 * recommendations that concern it. Each is the first few of what may be many, with the total, counted up to a cap.
 */
public record OrganisationProfile(Organisation organisation, Preview<Person> people,
		Preview<ConsultationSession> sessionsAttended, Preview<IssueRaised> issuesRaised,
		Preview<Recommendation> recommendations) {
}
