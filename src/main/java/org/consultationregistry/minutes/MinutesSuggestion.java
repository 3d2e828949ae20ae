package org.consultationregistry.minutes;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.consultationregistry.minutes.MinutesRefusedException.Reason;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.stakeholder.Person;
import org.springframework.util.Assert;

/**
 * A correction a participant suggested to the circulated draft: replace a passage with other words (which may be
 * none, to strike it out), with a note saying why. An official accepts it, which puts the replacement into the
 * draft as a new revision, or declines it with a short answer. Created through {@link Minutes#suggest}.
 */
@Entity
public class MinutesSuggestion extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Minutes minutes;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private String suggestedBy;

	private Instant suggestedAt;

	private int basedOnRevision;

	private String passage;

	private String replacement;

	private String note;

	@Enumerated(EnumType.STRING)
	private SuggestionStatus status = SuggestionStatus.PENDING;

	private String decidedBy;

	private Instant decidedAt;

	private String answer;

	protected MinutesSuggestion() {
	}

	MinutesSuggestion(Minutes minutes, Person person, String suggestedBy, Instant suggestedAt, int basedOnRevision,
			String passage, String replacement, String note) {
		Assert.notNull(person, "A suggestion comes from a participant");
		Assert.hasText(suggestedBy, "Who suggested it is required");
		this.minutes = minutes;
		this.person = person;
		this.suggestedBy = suggestedBy;
		this.suggestedAt = suggestedAt;
		this.basedOnRevision = basedOnRevision;
		this.passage = passage;
		this.replacement = replacement;
		this.note = blankToNull(note);
	}

	void accept(String by, Instant at, String answer) {
		decide(SuggestionStatus.ACCEPTED, by, at, answer);
	}

	void decline(String by, Instant at, String answer) {
		Assert.hasText(answer, "A declined suggestion needs an answer");
		decide(SuggestionStatus.DECLINED, by, at, answer);
	}

	private void decide(SuggestionStatus decision, String by, Instant at, String answer) {
		Assert.hasText(by, "Who decided is required");
		if (!isPending()) {
			throw new MinutesRefusedException(Reason.ALREADY_DECIDED);
		}
		this.status = decision;
		this.decidedBy = by;
		this.decidedAt = at;
		this.answer = blankToNull(answer);
	}

	Minutes getMinutes() {
		return this.minutes;
	}

	public boolean isPending() {
		return this.status == SuggestionStatus.PENDING;
	}

	public Person getPerson() {
		return this.person;
	}

	public String getSuggestedBy() {
		return this.suggestedBy;
	}

	public Instant getSuggestedAt() {
		return this.suggestedAt;
	}

	public int getBasedOnRevision() {
		return this.basedOnRevision;
	}

	public String getPassage() {
		return this.passage;
	}

	/** The words to put in place of the passage; empty to strike the passage out. */
	public String getReplacement() {
		return this.replacement;
	}

	public String getNote() {
		return this.note;
	}

	public SuggestionStatus getStatus() {
		return this.status;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getAnswer() {
		return this.answer;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
