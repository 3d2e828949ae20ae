package org.consultationregistry.session;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's sessions: what other features read about them, and how new ones are recorded.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationSessions {

	private static final Comparator<Participant> TABLE_ORDER = Comparator.comparing(Participant::getRole)
		.thenComparing((participant) -> (participant.getPerson() != null) ? participant.getPerson().getFullName()
				: participant.getDesignation(), String.CASE_INSENSITIVE_ORDER);

	private final SessionRepository sessions;

	ConsultationSessions(SessionRepository sessions) {
		this.sessions = sessions;
	}

	/** One page of sessions, newest first. The order is fixed: a sort asked for in the URL is ignored. */
	public Page<ConsultationSession> newestFirst(Pageable pageable) {
		return this.sessions.findNewestFirst(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
	}

	public List<ConsultationSession> latest(int count) {
		return this.sessions.findNewestFirst(PageRequest.of(0, count)).getContent();
	}

	/** The session with its organiser, chair and the session it follows up. */
	public Optional<ConsultationSession> find(long id) {
		return this.sessions.findDetailedById(id);
	}

	/** Everyone at the table, chair first, each with their person and organisation loaded. */
	public List<Participant> participantsOf(long sessionId) {
		return this.sessions.findParticipants(sessionId).stream().sorted(TABLE_ORDER).toList();
	}

	public List<ConsultationSession> attendedBy(long organisationId) {
		return this.sessions.findAttendedBy(organisationId);
	}

	public long count() {
		return this.sessions.count();
	}

	@Transactional
	public ConsultationSession record(ConsultationSession session) {
		return this.sessions.save(session);
	}

}
