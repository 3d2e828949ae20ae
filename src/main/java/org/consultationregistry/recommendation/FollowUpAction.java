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
 * {@link Recommendation#addFollowUp}; marked done, and reopened if it turns out not to be, each with the time it
 * happened.
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

	private Instant reopenedAt;

	protected FollowUpAction() {
	}

	FollowUpAction(Recommendation recommendation, String description, Organisation ownerOrganisation,
			Person ownerPerson, LocalDate dueDate) {
		this.recommendation = recommendation;
		revise(description, ownerOrganisation, ownerPerson, dueDate);
	}

	/**
	 * Rewrites what the action is, who owns it and when it is due.
	 * @throws IllegalArgumentException if the description is blank or the action is due before the session the
	 * recommendation came from
	 */
	public void revise(String description, Organisation ownerOrganisation, Person ownerPerson, LocalDate dueDate) {
		Assert.hasText(description, "A follow-up action needs a description");
		this.recommendation.requireNotBeforeSession(dueDate);
		this.description = description.strip();
		this.ownerOrganisation = ownerOrganisation;
		this.ownerPerson = ownerPerson;
		this.dueDate = dueDate;
	}

	/** Records that the action was carried out, and when. An action already done keeps its first date. */
	public void markDone(Instant at) {
		Assert.notNull(at, "When the action was done is required");
		if (!this.done) {
			this.done = true;
			this.doneAt = at;
		}
	}

	/** Records that an action marked done is open again, and when. An open action is left as it is. */
	public void reopen(Instant at) {
		Assert.notNull(at, "When the action was reopened is required");
		if (this.done) {
			this.done = false;
			this.doneAt = null;
			this.reopenedAt = at;
		}
	}

	public Recommendation getRecommendation() {
		return this.recommendation;
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

	/** When the action was last reopened after being marked done, if ever. */
	public Instant getReopenedAt() {
		return this.reopenedAt;
	}

}
