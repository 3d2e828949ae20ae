package org.consultationregistry.engagement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consultationregistry.account.Role;
import org.consultationregistry.account.UserAccount;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.shared.BaseEntity;
import org.springframework.util.Assert;

/**
 * What someone signed in said about a published recommendation: plain text, perhaps answering an earlier comment
 * (one level deep: an answer to an answer joins the thread of the comment it answers). A comment is never deleted;
 * an official hides it, and who hid it, when and why stay on record.
 */
@Entity
@Table(name = "recommendation_comment")
public class Comment extends BaseEntity {

	/** The most a comment may say, in characters. */
	public static final int MAX_TEXT = 2000;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Recommendation recommendation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private UserAccount author;

	@ManyToOne(fetch = FetchType.LAZY)
	private Comment inReplyTo;

	private String text;

	private Instant hiddenAt;

	private String hiddenBy;

	private String hiddenReason;

	protected Comment() {
	}

	/**
	 * @param inReplyTo the comment answered, or {@code null}; an answer to an answer joins its thread
	 * @throws IllegalArgumentException if the text is blank or too long, or the comment answered is about another
	 * recommendation
	 */
	Comment(Recommendation recommendation, UserAccount author, Comment inReplyTo, String text) {
		Assert.notNull(recommendation, "A comment is about a recommendation");
		Assert.notNull(author, "A comment has an author");
		Assert.hasText(text, "A comment needs some text");
		Assert.isTrue(text.strip().length() <= MAX_TEXT, "A comment is at most " + MAX_TEXT + " characters");
		Comment answered = (inReplyTo != null) ? inReplyTo.threadStart() : null;
		Assert.isTrue(answered == null || answered.getRecommendation().getId().equals(recommendation.getId()),
				"A reply answers a comment on the same recommendation");
		this.recommendation = recommendation;
		this.author = author;
		this.inReplyTo = answered;
		this.text = text.strip();
	}

	/** The comment that opened this one's thread: the one it answers, or itself. */
	Comment threadStart() {
		return (getInReplyTo() != null) ? getInReplyTo() : this;
	}

	/**
	 * Takes the comment out of public view, keeping it and recording who hid it, when and why.
	 * @throws IllegalStateException if it is hidden already (its first reason stands)
	 */
	void hide(String by, String reason, Instant at) {
		Assert.hasText(by, "Who hid the comment is required");
		Assert.hasText(reason, "Hiding a comment needs a reason");
		Assert.notNull(at, "When the comment was hidden is required");
		if (isHidden()) {
			throw new IllegalStateException("Comment " + getId() + " is hidden already");
		}
		this.hiddenAt = at;
		this.hiddenBy = by;
		this.hiddenReason = reason.strip();
	}

	public boolean isHidden() {
		return this.hiddenAt != null;
	}

	/** Whether the author spoke for the board (an official or admin) rather than a stakeholder. */
	public boolean isByStaff() {
		return this.author.getRole() != Role.STAKEHOLDER;
	}

	public Recommendation getRecommendation() {
		return this.recommendation;
	}

	public UserAccount getAuthor() {
		return this.author;
	}

	/** The comment this one answers, or {@code null}. */
	public Comment getInReplyTo() {
		return this.inReplyTo;
	}

	public String getText() {
		return this.text;
	}

	public Instant getHiddenAt() {
		return this.hiddenAt;
	}

	public String getHiddenBy() {
		return this.hiddenBy;
	}

	public String getHiddenReason() {
		return this.hiddenReason;
	}

}
