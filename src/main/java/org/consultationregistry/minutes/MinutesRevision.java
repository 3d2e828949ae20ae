package org.consultationregistry.minutes;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/**
 * One text the minutes have had: the whole text, numbered from 1, with who wrote it and when, and for an erratum
 * why. Never changed after it is written; a change to the minutes is a new revision. Created through
 * {@link Minutes}.
 */
@Entity
@Immutable
public class MinutesRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Minutes minutes;

	private int number;

	@Enumerated(EnumType.STRING)
	private RevisionKind kind;

	private String text;

	private String writtenBy;

	private Instant writtenAt;

	private String reason;

	@ManyToOne(fetch = FetchType.LAZY)
	private MinutesSuggestion suggestion;

	protected MinutesRevision() {
	}

	MinutesRevision(Minutes minutes, int number, RevisionKind kind, String text, String writtenBy, Instant writtenAt,
			String reason, MinutesSuggestion suggestion) {
		this.minutes = minutes;
		this.number = number;
		this.kind = kind;
		this.text = text;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
		this.reason = reason;
		this.suggestion = suggestion;
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public RevisionKind getKind() {
		return this.kind;
	}

	public String getText() {
		return this.text;
	}

	/** The username of the official who wrote it, or accepted the suggestion it applies. */
	public String getWrittenBy() {
		return this.writtenBy;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	/** Why published minutes were corrected; only an erratum has one. */
	public String getReason() {
		return this.reason;
	}

	/** The participant's suggestion this revision applies, for a revision of kind {@link RevisionKind#SUGGESTION}. */
	public MinutesSuggestion getSuggestion() {
		return this.suggestion;
	}

}
