package org.consultationregistry.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A policy recommendation that came out of a session, answering one or more issues raised there. Its status only
 * changes through {@link #moveTo}, which keeps the full history of who moved it, when and why.
 */
@Entity
public class Recommendation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ConsultationSession originSession;

	private String title;

	private String details;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person proposerPerson;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation proposerOrganisation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation responsibleOrganisation;

	@Enumerated(EnumType.STRING)
	private RecommendationStatus status;

	private LocalDate targetDate;

	@ManyToMany
	@JoinTable(name = "recommendation_issue", joinColumns = @JoinColumn(name = "recommendation_id"),
			inverseJoinColumns = @JoinColumn(name = "issue_id"))
	private Set<IssueRaised> addressedIssues = new LinkedHashSet<>();

	@OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL)
	@OrderBy("changedAt, id")
	private List<StatusChange> history = new ArrayList<>();

	/** Follow-up actions carry versions of their own: adding one does not count as a change to the recommendation. */
	@OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OptimisticLock(excluded = true)
	@OrderBy("dueDate, id")
	private List<FollowUpAction> followUpActions = new ArrayList<>();

	protected Recommendation() {
	}

	/**
	 * Records a new recommendation from a session. Its history starts with this proposal.
	 */
	public static Recommendation propose(ConsultationSession originSession, String title, String details,
			String proposedBy, Instant proposedAt) {
		Assert.notNull(originSession, "A recommendation comes out of a session");
		Assert.hasText(title, "A recommendation needs a title");
		Recommendation recommendation = new Recommendation();
		recommendation.originSession = originSession;
		recommendation.title = title.strip();
		recommendation.details = details;
		recommendation.status = RecommendationStatus.PROPOSED;
		recommendation.history.add(new StatusChange(recommendation, null, RecommendationStatus.PROPOSED,
				proposedBy, proposedAt, null));
		return recommendation;
	}

	/**
	 * Records a new recommendation from a session with everything an official wrote down about it. Its history
	 * starts with this proposal.
	 */
	public static Recommendation propose(ConsultationSession originSession, RecommendationDetails details,
			String proposedBy, Instant proposedAt) {
		Recommendation recommendation = propose(originSession, details.title(), details.details(), proposedBy,
				proposedAt);
		recommendation.revise(details);
		return recommendation;
	}

	/**
	 * Rewrites what is recorded about the recommendation. Its status is left alone: that only changes through
	 * {@link #moveTo}.
	 * @throws IllegalArgumentException if the title is blank or the target date is before the session
	 */
	public void revise(RecommendationDetails details) {
		Assert.hasText(details.title(), "A recommendation needs a title");
		requireNotBeforeSession(details.targetDate());
		this.title = details.title().strip();
		this.details = StringUtils.hasText(details.details()) ? details.details().strip() : null;
		this.proposerPerson = details.proposerPerson();
		this.proposerOrganisation = details.proposerOrganisation();
		this.responsibleOrganisation = details.responsibleOrganisation();
		this.targetDate = details.targetDate();
		answersOnly(details.issues());
	}

	public void assignTo(Organisation responsible, LocalDate targetDate) {
		requireNotBeforeSession(targetDate);
		this.responsibleOrganisation = responsible;
		this.targetDate = targetDate;
	}

	public void addresses(IssueRaised issue) {
		Assert.notNull(issue, "An issue is required");
		this.addressedIssues.add(issue);
	}

	/**
	 * Moves the recommendation to its next status, if that move is allowed from where it stands, and records who
	 * made it and why. The history always ends with the status the recommendation stands at: a change whose clock
	 * reads earlier than the last recorded one (another instance's clock a little behind, a change imported with a
	 * later date) is recorded at the time of the last one, so that it still reads as the newest.
	 * @throws IllegalStateException if the move is not one of {@link RecommendationStatus#nextSteps()}
	 */
	public void moveTo(RecommendationStatus next, String changedBy, String reason, Instant changedAt) {
		Assert.hasText(changedBy, "Who changed the status is required");
		Assert.hasText(reason, "A status change needs a reason");
		Assert.notNull(changedAt, "When the status changed is required");
		if (!this.status.canMoveTo(next)) {
			throw new IllegalStateException("A recommendation cannot move from " + this.status + " to " + next);
		}
		Instant recordedAt = this.history.stream()
			.map(StatusChange::getChangedAt)
			.filter(changedAt::isBefore)
			.max(Instant::compareTo)
			.orElse(changedAt);
		this.history.add(new StatusChange(this, this.status, next, changedBy, recordedAt, reason.strip()));
		this.status = next;
	}

	/**
	 * Adds a step someone takes on to move the recommendation along.
	 * @throws IllegalArgumentException if the description is blank or the action is due before the session
	 */
	public FollowUpAction addFollowUp(String description, Organisation ownerOrganisation, Person ownerPerson,
			LocalDate dueDate) {
		FollowUpAction action = new FollowUpAction(this, description, ownerOrganisation, ownerPerson, dueDate);
		this.followUpActions.add(action);
		return action;
	}

	/** Whether a date (a target, a follow-up's due date) falls on or after the day of the session. */
	boolean isNotBeforeSession(LocalDate date) {
		return date == null || !date.isBefore(this.originSession.getHeldOn());
	}

	void requireNotBeforeSession(LocalDate date) {
		Assert.isTrue(isNotBeforeSession(date), () -> date + " is before the session this recommendation came from");
	}

	/** Keeps the links to issues still named and adds the new ones, so that unchanged links are not rewritten. */
	private void answersOnly(Collection<IssueRaised> issues) {
		this.addressedIssues.retainAll(issues);
		issues.forEach(this::addresses);
	}

	public ConsultationSession getOriginSession() {
		return this.originSession;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDetails() {
		return this.details;
	}

	public Person getProposerPerson() {
		return this.proposerPerson;
	}

	public Organisation getProposerOrganisation() {
		return this.proposerOrganisation;
	}

	public Organisation getResponsibleOrganisation() {
		return this.responsibleOrganisation;
	}

	public RecommendationStatus getStatus() {
		return this.status;
	}

	public LocalDate getTargetDate() {
		return this.targetDate;
	}

	public Set<IssueRaised> getAddressedIssues() {
		return Collections.unmodifiableSet(this.addressedIssues);
	}

	public List<StatusChange> getHistory() {
		return Collections.unmodifiableList(this.history);
	}

	public List<FollowUpAction> getFollowUpActions() {
		return Collections.unmodifiableList(this.followUpActions);
	}

}
