package org.consultationregistry.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.minutes.SessionRecord.ParticipantGroup;
import org.consultationregistry.recommendation.PendingFromEarlier;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.Participant;
import org.consultationregistry.shared.QueryPlans;
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

	private final SessionMinutes minutes;

	private final QueryPlans plans;

	SessionRecords(ConsultationSessions sessions, IssuesRaised issues, Recommendations recommendations,
			SessionMinutes minutes, QueryPlans plans) {
		this.sessions = sessions;
		this.issues = issues;
		this.recommendations = recommendations;
		this.minutes = minutes;
		this.plans = plans;
	}

	/**
	 * The record of a session, if the reader may see it: the audience may see the session, or the reader took part
	 * in it and its minutes are circulated for corrections.
	 * @param username the signed-in user, or {@code null}
	 * @param revision the revision of the minutes to show, or {@code null} for the current one
	 */
	public Optional<SessionRecord> find(long sessionId, Integer revision, Audience audience, String username) {
		// Every part of the record is found by this session's id (or its series'), in the same way for any session.
		this.plans.reuseForThisTransaction();
		Optional<ConsultationSession> found = this.sessions.find(sessionId, Audience.STAFF);
		if (found.isEmpty() || !audience.maySee(found.get()) && username == null) {
			return Optional.empty();
		}
		ConsultationSession session = found.get();
		List<Participant> participants = this.sessions.participantsOf(sessionId);
		return this.minutes.view(session, participants, audience, username, revision)
			.map((minutes) -> {
				List<ConsultationSession> series = this.sessions.seriesOf(session, audience);
				return new SessionRecord(session, series, pendingFromEarlier(session, series),
						groupByOrganisationType(participants), this.issues.raisedIn(sessionId),
						this.recommendations.fromSession(sessionId), minutes);
			});
	}

	/**
	 * What the sessions this one follows up left open, among those the reader may see (the series is already
	 * narrowed to them).
	 */
	private PendingFromEarlier pendingFromEarlier(ConsultationSession session, List<ConsultationSession> series) {
		Set<Long> visible = series.stream().map(ConsultationSession::getId).collect(Collectors.toSet());
		List<Long> earlier = this.sessions.earlierInSeries(session.getId())
			.stream()
			.filter(visible::contains)
			.toList();
		return this.recommendations.pendingFrom(earlier);
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
