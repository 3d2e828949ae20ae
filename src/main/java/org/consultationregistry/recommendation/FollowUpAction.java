package org.consultationregistry.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.springframework.util.Assert;

/**
 * A concrete step someone has taken on to move a recommendation along, with a due date. Created through
 * {@link Recommendation#addFollowUp}.
 */
@Entity
@Table(name = "follow_up_action")
public class FollowUpAction extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Recommendation recommendation;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation ownerOrganisation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person ownerPerson;

	private LocalDate dueDate;

	private boolean done;

	private Instant doneAt;

	protected FollowUpAction() {
	}

	FollowUpAction(Recommendation recommendation, String description, Organisation ownerOrganisation,
			Person ownerPerson, LocalDate dueDate) {
		Assert.hasText(description, "A follow-up action needs a description");
		this.recommendation = recommendation;
		this.description = description.strip();
		this.ownerOrganisation = ownerOrganisation;
		this.ownerPerson = ownerPerson;
		this.dueDate = dueDate;
	}

	public String getDescription() {
		return this.description;
	}

	public Organisation getOwnerOrganisation() {
		return this.ownerOrganisation;
	}

	public Person getOwnerPerson() {
		return this.ownerPerson;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public boolean isDone() {
		return this.done;
	}

	public Instant getDoneAt() {
		return this.doneAt;
	}

}
