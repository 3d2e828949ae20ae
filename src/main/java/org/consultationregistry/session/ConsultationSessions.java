package org.consultationregistry.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.consultationregistry.shared.CappedPage;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FormSubmissions;
import org.consultationregistry.shared.Preview;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.Staff;
import org.consultationregistry.shared.StaleEditException;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.Person;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's sessions: what other features read about them, and how officials record and correct them. Every read
 * takes the {@link Audience}, so that the public never sees a session before its minutes are published.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationSessions {

	private static final Comparator<Participant> TABLE_ORDER = Comparator.comparing(Participant::getRole)
		.thenComparing((participant) -> (participant.getPerson() != null) ? participant.getPerson().getFullName()
				: participant.getDesignation(), String.CASE_INSENSITIVE_ORDER);

	/** How many recent sessions the "follows up" choice offers. */
	private static final int FOLLOW_UP_CHOICES = 100;

	private final SessionRepository sessions;

	private final StakeholderDirectory directory;

	private final FormSubmissions submissions;

	ConsultationSessions(SessionRepository sessions, StakeholderDirectory directory, FormSubmissions submissions) {
		this.sessions = sessions;
		this.directory = directory;
		this.submissions = submissions;
	}

	/**
	 * One page of sessions, newest first, with how many there are counted up to {@code countLimit}. The order is
	 * fixed: a sort asked for in the URL is ignored.
	 */
	public CappedPage<ConsultationSession> newestFirst(Audience audience, Pageable pageable, int countLimit) {
		return CappedPage.of(this.sessions.findNewestFirst(audience.seesEverySession(), unsorted(pageable)), countLimit,
				(limit) -> this.sessions.countUpTo(statuses(audience), limit));
	}

	public List<ConsultationSession> latest(Audience audience, int count) {
		return this.sessions.findLatest(audience.seesEverySession(), PageRequest.of(0, count));
	}

	/** The session with its organiser, chair and the session it follows up, if the audience may see it. */
	public Optional<ConsultationSession> find(long id, Audience audience) {
		return this.sessions.findDetailedById(id).filter(audience::maySee);
	}

	/** Everyone at the table, chair first, each with their person and organisation loaded. */
	public List<Participant> participantsOf(long sessionId) {
		return this.sessions.findParticipants(sessionId).stream().sorted(TABLE_ORDER).toList();
	}

	public Optional<Participant> participant(long sessionId, long participantId) {
		return participantsOf(sessionId).stream()
			.filter((participant) -> participant.getId() == participantId)
			.findFirst();
	}

	/** The sessions of this one's series that the audience may see, oldest first, this one included. */
	public List<ConsultationSession> seriesOf(ConsultationSession session, Audience audience) {
		List<Long> ids = new ArrayList<>(this.sessions.findRestOfSeries(session.getId()));
		ids.add(session.getId());
		return this.sessions.findAllInDateOrder(ids.toArray(Long[]::new)).stream().filter(audience::maySee).toList();
	}

	/** The sessions this one follows up, directly or through others (ids only). */
	public List<Long> earlierInSeries(long sessionId) {
		return this.sessions.findEarlierInSeries(sessionId);
	}

	/** Recent sessions an official may name as the one a session follows up. */
	public List<ConsultationSession> followUpChoices() {
		return this.sessions.findLatest(true, PageRequest.of(0, FOLLOW_UP_CHOICES));
	}

	/**
	 * The latest {@code limit} sessions the audience may see that someone from the organisation attended, with how
	 * many there are, counted up to {@code cap}.
	 */
	public Preview<ConsultationSession> attendedBy(long organisationId, Audience audience, int limit, int cap) {
		boolean everything = audience.seesEverySession();
		return Preview.of(this.sessions.findAttendedBy(organisationId, everything, limit), limit, cap,
				(upTo) -> this.sessions.countAttendedBy(organisationId, everything, upTo));
	}

	public long count(Audience audience) {
		return this.sessions.countVisible(audience.seesEverySession());
	}

	@Transactional
	public ConsultationSession record(ConsultationSession session) {
		return this.sessions.save(session);
	}

	/**
	 * Plans a new session from an official's form. Submitting the same form twice plans it once.
	 * @return the session's id
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long plan(SessionForm form) {
		return this.submissions.once(form.token(), "ConsultationSession", () -> {
			ConsultationSession session = ConsultationSession.plan(details(form, null));
			session.recordOutcome(blankToNull(form.summary()), blankToNull(form.outcome()));
			return this.sessions.save(session).getId();
		});
	}

	/**
	 * Saves an official's corrections to a session.
	 * @throws StaleEditException if someone else saved the session since the form was loaded
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void revise(long id, SessionForm form) {
		ConsultationSession session = load(id);
		if (form.version() == null || form.version() != session.getVersion()) {
			throw new StaleEditException("Session", id, session.getVersion());
		}
		session.revise(details(form, session));
		session.recordOutcome(blankToNull(form.summary()), blankToNull(form.outcome()));
	}

	/**
	 * Moves a session forward in its lifecycle (see {@link ConsultationSession#advanceTo}).
	 * @throws IllegalStateException if the move would go backwards
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public ConsultationSession advance(long id, SessionStatus next) {
		ConsultationSession session = load(id);
		session.advanceTo(next);
		return session;
	}

	/**
	 * Seats someone at a session's table in one step, adding the person and their organisation to the registry if
	 * they are new to it.
	 * @return the participant's id
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long addParticipant(long sessionId, ParticipantForm form) {
		ConsultationSession session = load(sessionId);
		Organisation organisation = this.directory.resolveOrganisation(form.organisationId(),
				form.organisationName(), form.newOrganisationType(), "organisationName");
		Person person = this.directory.resolvePerson(form.personId(), form.honorific(), form.fullName(),
				form.designation(), organisation, "fullName");
		if (person == null) {
			throw new FieldProblem("fullName", "participant.person.required");
		}
		if (session.isSeated(person)) {
			throw new FieldProblem("fullName", "participant.alreadySeated", person.getDisplayName());
		}
		if (form.role() == ParticipantRole.CHAIR && session.hasOtherChair(null)) {
			throw new FieldProblem("role", "participant.chairTaken");
		}
		String designation = (form.designation() != null && !form.designation().isBlank()) ? form.designation()
				: person.getDesignation();
		Organisation onTheDay = (organisation != null) ? organisation : person.getOrganisation();
		Participant participant = session.addParticipant(person, form.role(), designation, onTheDay);
		this.sessions.flush();
		return participant.getId();
	}

	/**
	 * Notes an office at a session's table whose holder is not named ("Secretary Finance"), adding its organisation
	 * to the registry if it is new and its type is given.
	 * @return the participant's id
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long addOffice(long sessionId, String designation, Long organisationId, String organisationName,
			OrganisationType typeIfNew) {
		ConsultationSession session = load(sessionId);
		Organisation organisation = this.directory.resolveOrganisation(organisationId, organisationName, typeIfNew,
				"organisationName");
		Participant office = session.seatOffice(designation, organisation);
		this.sessions.flush();
		return office.getId();
	}

	/**
	 * Corrects a participant's role, designation or organisation on the day.
	 * @throws StaleEditException if someone else changed the participant since the form was loaded
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void correctParticipant(long sessionId, long participantId, ParticipantEditForm form) {
		ConsultationSession session = load(sessionId);
		Participant participant = seat(session, participantId);
		if (form.version() == null || form.version() != participant.getVersion()) {
			throw new StaleEditException("Participant", participantId, participant.getVersion());
		}
		if (form.role() == ParticipantRole.CHAIR && session.hasOtherChair(participant)) {
			throw new FieldProblem("role", "participant.chairTaken");
		}
		Organisation organisation = this.directory.resolveOrganisation(form.organisationId(),
				form.organisationName(), null, "organisationName");
		session.correctParticipant(participant, form.role(), form.designation(), organisation);
	}

	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void removeParticipant(long sessionId, long participantId) {
		ConsultationSession session = load(sessionId);
		session.removeParticipant(seat(session, participantId));
	}

	private SessionDetails details(SessionForm form, ConsultationSession current) {
		Organisation organiser = this.directory.resolveOrganisation(form.organiserId(), form.organiserName(),
				form.organiserType(), "organiserName");
		ConsultationSession followsUp = null;
		if (form.followsUpId() != null) {
			followsUp = this.sessions.findById(form.followsUpId())
				.orElseThrow(() -> new FieldProblem("followsUpId", "lookup.unknown"));
			if (followsUp.getHeldOn().isAfter(form.heldOn())) {
				throw new FieldProblem("followsUpId", "session.followsUp.later");
			}
			if (current != null && (followsUp == current
					|| this.sessions.findEarlierInSeries(followsUp.getId()).contains(current.getId()))) {
				throw new FieldProblem("followsUpId", "session.followsUp.circular");
			}
		}
		return new SessionDetails(form.title().strip(), form.theme().strip(), form.heldOn(), form.startsAt(),
				blankToNull(form.venue()), blankToNull(form.city()), organiser, null, blankToNull(form.objectives()),
				blankToNull(form.sourceUrl()), followsUp);
	}

	private ConsultationSession load(long id) {
		return this.sessions.findById(id).orElseThrow(() -> new RecordNotFoundException("Session", id));
	}

	private static Participant seat(ConsultationSession session, long participantId) {
		return session.getParticipants()
			.stream()
			.filter((participant) -> participant.getId() == participantId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Participant", participantId));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static List<String> statuses(Audience audience) {
		return audience.visibleSessions().stream().map(SessionStatus::name).toList();
	}

	private static Pageable unsorted(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
	}

}
