package org.consultationregistry.intake;

import java.time.LocalDate;
import java.util.List;

import org.consultationregistry.issue.IssueCategory;

/**
 * The reading of a text as scripts get it from {@code POST /api/v1/intake}: the same draft the review form starts
 * from, with each item's source sentence.
 */
record IntakeResult(LocalDate date, String city, String venue, String title, List<Participant> participants,
		List<Office> offices, List<Issue> issues, List<Recommendation> recommendations, String outcome) {

	/** @param organisationId the registry's id for the organisation, or {@code null} for one it does not know */
	record Participant(String honorific, String name, String designation, String organisation, Long organisationId,
			String source) {
	}

	record Office(String designation, String source) {
	}

	record Issue(String text, String raisedBy, IssueCategory category, String source) {
	}

	record Recommendation(String text, String source) {
	}

}
