package org.consultationregistry.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;

/**
 * A seat at a session's table: a person (or an unnamed office) with the designation and organisation as they were
 * on the day. Created through {@link ConsultationSession#addParticipant}.
 */
@Entity
public class Participant extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ConsultationSession session;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person person;

	private String designation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	protected Participant() {
	}

	Participant(ConsultationSession session, Person person, String designation, Organisation organisation,
			ParticipantRole role) {
		this.session = session;
		this.person = person;
		this.designation = designation;
		this.organisation = organisation;
		this.role = (role != null) ? role : ParticipantRole.PARTICIPANT;
	}

	void correct(ParticipantRole role, String designation, Organisation organisation) {
		this.role = (role != null) ? role : ParticipantRole.PARTICIPANT;
		this.designation = designation;
		this.organisation = organisation;
	}

	public ConsultationSession getSession() {
		return this.session;
	}

	/** The person, or {@code null} where only the office is known. */
	public Person getPerson() {
		return this.person;
	}

	public String getDesignation() {
		return this.designation;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

}
