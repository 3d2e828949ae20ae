package org.consultationregistry.recommendation;

import java.time.LocalDate;
import java.util.Collection;

import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;

/**
 * What an official writes down about a recommendation: its wording, who proposed it, which body is to act on it and
 * by when, and the issues it answers.
 *
 * @param proposerPerson who proposed it, if a person is named
 * @param proposerOrganisation on whose behalf, if an organisation is named
 */
public record RecommendationDetails(String title, String details, Person proposerPerson,
		Organisation proposerOrganisation, Organisation responsibleOrganisation, LocalDate targetDate,
		Collection<IssueRaised> issues) {
}
