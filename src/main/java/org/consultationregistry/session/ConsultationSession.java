package org.consultationregistry.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.springframework.util.Assert;

/**
 * A consultative session the board holds: when and where, who chaired and who took part, and what came of it.
 */
@Entity
@Table(name = "consultation_session")
public class ConsultationSession extends BaseEntity {

	private String title;

	private String theme;

	private LocalDate heldOn;

	private LocalTime startsAt;

	private String venue;

	private String city;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organiser;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person chair;

	private String objectives;

	private String summary;

	private String outcome;

	@Enumerated(EnumType.STRING)
	private SessionStatus status = SessionStatus.PLANNED;

	private String sourceUrl;

	@ManyToOne(fetch = FetchType.LAZY)
	private ConsultationSession followsUp;

	@OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Participant> participants = new ArrayList<>();

	protected ConsultationSession() {
	}

	public static ConsultationSession plan(SessionDetails details) {
		ConsultationSession session = new ConsultationSession();
		session.revise(details);
		return session;
	}

	public void revise(SessionDetails details) {
		Assert.hasText(details.title(), "A session needs a title");
		Assert.hasText(details.theme(), "A session needs a theme");
		Assert.notNull(details.heldOn(), "A session needs a date");
		Assert.isTrue(details.followsUp() == null || details.followsUp() != this,
				"A session cannot follow up itself");
		this.title = details.title();
		this.theme = details.theme();
		this.heldOn = details.heldOn();
		this.startsAt = details.startsAt();
		this.venue = details.venue();
		this.city = details.city();
		this.organiser = details.organiser();
		if (details.chair() != null) {
			this.chair = details.chair();
		}
		this.objectives = details.objectives();
		this.sourceUrl = details.sourceUrl();
		this.followsUp = details.followsUp();
	}

	/**
	 * Records what the session concluded: a short summary and the outcome. The minutes themselves, with their
	 * drafts and corrections, are kept by the minutes feature.
	 */
	public void recordOutcome(String summary, String outcome) {
		this.summary = summary;
		this.outcome = outcome;
	}

	/**
	 * Moves the session forward in its lifecycle. Going back (un-publishing minutes, say) is refused: a correction to
	 * published minutes is recorded as such, not by rewinding the status.
	 */
	public void advanceTo(SessionStatus next) {
		Assert.notNull(next, "A status is required");
		if (!this.status.isBefore(next)) {
			throw new IllegalStateException("A session cannot move from " + this.status + " to " + next);
		}
		this.status = next;
	}

	/**
	 * Adds a person to the table with the designation and organisation they hold today, copied so that a later change
	 * of job does not rewrite these minutes.
	 */
	public Participant addParticipant(Person person, ParticipantRole role) {
		Assert.notNull(person, "A participant must be a person");
		return addParticipant(person, role, person.getDesignation(), person.getOrganisation());
	}

	/**
	 * Adds a person to the table with the designation and organisation they held on the day. Whoever is seated as
	 * chair becomes the session's chair; a session has one.
	 * @throws IllegalStateException if the person is already at the table, or the session already has a chair
	 */
	public Participant addParticipant(Person person, ParticipantRole role, String designation,
			Organisation organisation) {
		Assert.notNull(person, "A participant must be a person");
		if (isSeated(person)) {
			throw new IllegalStateException(person.getDisplayName() + " is already a participant");
		}
		Participant participant = new Participant(this, person, designation, organisation, role);
		takeChairIfChairing(participant);
		this.participants.add(participant);
		return participant;
	}

	/**
	 * Notes an office at the table whose holder the record does not name ("Secretary Finance").
	 */
	public Participant seatOffice(String designation, Organisation organisation) {
		Assert.hasText(designation, "An office needs a designation");
		Participant participant = new Participant(this, null, designation.strip(), organisation,
				ParticipantRole.PARTICIPANT);
		this.participants.add(participant);
		return participant;
	}

	/** Corrects a participant's role and what was recorded of their post on the day. */
	public void correctParticipant(Participant participant, ParticipantRole role, String designation,
			Organisation organisation) {
		Assert.isTrue(participant.getSession() == this, "Not a participant of this session");
		if (participant.getRole() == ParticipantRole.CHAIR && role != ParticipantRole.CHAIR) {
			this.chair = null;
		}
		participant.correct(role, designation, organisation);
		takeChairIfChairing(participant);
	}

	public void removeParticipant(Participant participant) {
		Assert.isTrue(participant.getSession() == this, "Not a participant of this session");
		if (participant.getRole() == ParticipantRole.CHAIR) {
			this.chair = null;
		}
		this.participants.remove(participant);
	}

	public boolean isSeated(Person person) {
		return this.participants.stream()
			.map(Participant::getPerson)
			.anyMatch((seated) -> seated == person || seated != null && seated.getId() != null
					&& seated.getId().equals(person.getId()));
	}

	/** Whether someone other than this participant already chairs the session. */
	public boolean hasOtherChair(Participant participant) {
		return this.participants.stream()
			.anyMatch((other) -> other != participant && other.getRole() == ParticipantRole.CHAIR);
	}

	private void takeChairIfChairing(Participant participant) {
		if (participant.getRole() != ParticipantRole.CHAIR) {
			return;
		}
		if (hasOtherChair(participant)) {
			throw new IllegalStateException("The session already has a chair");
		}
		this.chair = participant.getPerson();
	}

	public String getTitle() {
		return this.title;
	}

	public String getTheme() {
		return this.theme;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public String getVenue() {
		return this.venue;
	}

	public String getCity() {
		return this.city;
	}

	public Organisation getOrganiser() {
		return this.organiser;
	}

	public Person getChair() {
		return this.chair;
	}

	public String getObjectives() {
		return this.objectives;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public SessionStatus getStatus() {
		return this.status;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public ConsultationSession getFollowsUp() {
		return this.followsUp;
	}

	public List<Participant> getParticipants() {
		return Collections.unmodifiableList(this.participants);
	}

}
