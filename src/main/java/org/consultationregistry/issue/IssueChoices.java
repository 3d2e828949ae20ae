package org.consultationregistry.issue;

import java.util.List;

import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;

/**
 * What an official can pick from when recording an issue in a session: the people at the table, their
 * organisations, and the issues raised earlier in the series.
 */
public record IssueChoices(ConsultationSession session, List<Person> people, List<Organisation> organisations,
		List<IssueRaised> earlierIssues) {
}
