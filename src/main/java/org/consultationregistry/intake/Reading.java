package org.consultationregistry.intake;

import java.time.LocalDate;
import java.util.List;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.session.ParticipantRole;

/**
 * What the reader found in a text, before anything is matched against the registry. Every item keeps the sentence
 * it came from.
 */
record Reading(LocalDate date, String city, String venue, String title, String theme, OrganisationMention organiser,
		String objectives, String outcome, List<Person> participants, List<Office> offices, List<Issue> issues,
		List<Recommendation> recommendations, boolean namesAMeeting) {

	/** Whether the text holds a session at all: a date, and a meeting it names or someone taking part. */
	boolean describesASession() {
		return this.date != null && (!this.participants.isEmpty() || this.namesAMeeting);
	}

	record Person(PersonPhrase phrase, ParticipantRole role, String source) {
	}

	record Office(String designation, OrganisationMention organisation, String source) {
	}

	/** @param raisedBy who the text says raised it, as it says it, or {@code null} */
	record Issue(String text, String raisedBy, IssueCategory category, String source) {
	}

	/** @param answers the index of the issue it answers, or {@code null} where the text does not tie it to one */
	record Recommendation(String text, Integer answers, String source) {
	}

}
