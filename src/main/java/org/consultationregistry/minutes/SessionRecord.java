package org.consultationregistry.minutes;

import java.util.List;

import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.recommendation.PendingFromEarlier;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.Participant;
import org.consultationregistry.stakeholder.OrganisationType;

/**
 * The written record of one session as its page shows it: the series it belongs to (oldest first, itself included)
 * and what its earlier sessions left pending, who was at the table (grouped by the kind of body they came from), the issues raised, the recommendations that
 * came out of it, and the minutes as the reader may see them.
 */
public record SessionRecord(ConsultationSession session, List<ConsultationSession> series,
		PendingFromEarlier pending, List<ParticipantGroup> participantGroups, List<IssueRaised> issues,
		List<Recommendation> recommendations, MinutesView minutes) {

	public int participantCount() {
		return this.participantGroups.stream().mapToInt((group) -> group.participants().size()).sum();
	}

	/**
	 * The participants from one kind of body. {@code type} is {@code null} for people recorded without an
	 * organisation.
	 */
	public record ParticipantGroup(OrganisationType type, List<Participant> participants) {
	}

}
