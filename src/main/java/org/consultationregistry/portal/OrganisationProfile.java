package org.consultationregistry.portal;

import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.springframework.data.domain.Page;

/**
 * An organisation's footprint in the registry: its people, the sessions it attended, the issues it raised and the
 * recommendations that concern it. Each is the first page of many, with the total.
 */
public record OrganisationProfile(Organisation organisation, Page<Person> people,
		Page<ConsultationSession> sessionsAttended, Page<IssueRaised> issuesRaised,
		Page<Recommendation> recommendations) {
}
