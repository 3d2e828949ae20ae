package org.consultationregistry.session;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.Staff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's sessions: what other features read about them, and how new ones are recorded. Every read takes the
 * {@link Audience}, so that the public never sees a session before its minutes are published.
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
	public Page<ConsultationSession> newestFirst(Audience audience, Pageable pageable) {
		return this.sessions.findNewestFirst(audience.visibleSessions(), unsorted(pageable));
	}

	public List<ConsultationSession> latest(Audience audience, int count) {
		return this.sessions.findLatest(audience.visibleSessions(), PageRequest.of(0, count));
	}

	/** The session with its organiser, chair and the session it follows up, if the audience may see it. */
	public Optional<ConsultationSession> find(long id, Audience audience) {
		return this.sessions.findDetailedById(id).filter(audience::maySee);
	}

	/** Everyone at the table, chair first, each with their person and organisation loaded. */
	public List<Participant> participantsOf(long sessionId) {
		return this.sessions.findParticipants(sessionId).stream().sorted(TABLE_ORDER).toList();
	}

	public Page<ConsultationSession> attendedBy(long organisationId, Audience audience, Pageable pageable) {
		return this.sessions.findAttendedBy(organisationId, audience.visibleSessions(), unsorted(pageable));
	}

	public long count(Audience audience) {
		return this.sessions.countByStatusIn(audience.visibleSessions());
	}

	@Transactional
	public ConsultationSession record(ConsultationSession session) {
		return this.sessions.save(session);
	}

	/**
	 * Moves a session forward in its lifecycle (see {@link ConsultationSession#advanceTo}).
	 * @throws RecordNotFoundException if there is no such session
	 * @throws IllegalStateException if the move would go backwards
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public ConsultationSession advance(long id, SessionStatus next) {
		ConsultationSession session = this.sessions.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("Session", id));
		session.advanceTo(next);
		return session;
	}

	private static Pageable unsorted(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
	}

}
