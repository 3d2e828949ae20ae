package org.consultationregistry.issue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.springframework.util.Assert;

/**
 * A concern a stakeholder put on the table during a session, such as imports arriving through unofficial channels.
 * It may be raised by a named person, by an organisation, by both, or (where the record only says "the
 * manufacturers") by neither.
 */
@Entity
public class IssueRaised extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ConsultationSession session;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person raisedByPerson;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation raisedByOrganisation;

	@Enumerated(EnumType.STRING)
	private IssueCategory category;

	private String title;

	private String details;

	/** The same issue as raised in an earlier session of the series, if it came up before. */
	@ManyToOne(fetch = FetchType.LAZY)
	private IssueRaised earlierIssue;

	protected IssueRaised() {
	}

	public IssueRaised(ConsultationSession session, IssueCategory category, String title, String details) {
		Assert.notNull(session, "An issue is raised in a session");
		this.session = session;
		revise(category, title, details);
	}

	public void revise(IssueCategory category, String title, String details) {
		Assert.notNull(category, "An issue needs a category");
		Assert.hasText(title, "An issue needs a title");
		this.category = category;
		this.title = title.strip();
		this.details = details;
	}

	/** Who raised it: a person, an organisation, both, or neither where the record does not say. */
	public void raisedBy(Person person, Organisation organisation) {
		this.raisedByPerson = person;
		this.raisedByOrganisation = organisation;
	}

	/**
	 * Marks this issue as one that came up before, in an earlier session.
	 * @param earlier the earlier instance, or {@code null} if it is raised here for the first time
	 */
	public void raisedBefore(IssueRaised earlier) {
		Assert.isTrue(earlier == null || earlier != this && earlier.getSession() != this.session,
				"An issue can only recur from another session");
		this.earlierIssue = earlier;
	}

	public ConsultationSession getSession() {
		return this.session;
	}

	public Person getRaisedByPerson() {
		return this.raisedByPerson;
	}

	public Organisation getRaisedByOrganisation() {
		return this.raisedByOrganisation;
	}

	public IssueRaised getEarlierIssue() {
		return this.earlierIssue;
	}

	public IssueCategory getCategory() {
		return this.category;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDetails() {
		return this.details;
	}

}
