package org.consultationregistry.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.minutes.SessionRecord.ParticipantGroup;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.Participant;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts together the record of a session from the features that each hold a part of it.
 */
@Service
@Transactional(readOnly = true)
public class SessionRecords {

	private final ConsultationSessions sessions;

	private final IssuesRaised issues;

	private final Recommendations recommendations;

	SessionRecords(ConsultationSessions sessions, IssuesRaised issues, Recommendations recommendations) {
		this.sessions = sessions;
		this.issues = issues;
		this.recommendations = recommendations;
	}

	/** The record of a session, if the audience may see it. */
	public Optional<SessionRecord> find(long sessionId, Audience audience) {
		return this.sessions.find(sessionId, audience)
			.map((session) -> new SessionRecord(session, this.sessions.seriesOf(session, audience),
					groupByOrganisationType(this.sessions.participantsOf(sessionId)),
					this.issues.raisedIn(sessionId), this.recommendations.fromSession(sessionId)));
	}

	/** Groups in the order of {@link OrganisationType}, unaffiliated people last; empty groups are left out. */
	static List<ParticipantGroup> groupByOrganisationType(List<Participant> participants) {
		Map<OrganisationType, List<Participant>> byType = new LinkedHashMap<>();
		for (OrganisationType type : OrganisationType.values()) {
			byType.put(type, new ArrayList<>());
		}
		List<Participant> unaffiliated = new ArrayList<>();
		for (Participant participant : participants) {
			if (participant.getOrganisation() != null) {
				byType.get(participant.getOrganisation().getType()).add(participant);
			}
			else {
				unaffiliated.add(participant);
			}
		}
		List<ParticipantGroup> groups = new ArrayList<>();
		byType.forEach((type, members) -> {
			if (!members.isEmpty()) {
				groups.add(new ParticipantGroup(type, members));
			}
		});
		if (!unaffiliated.isEmpty()) {
			groups.add(new ParticipantGroup(null, unaffiliated));
		}
		return groups;
	}

}
