package org.consultationregistry.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.consultationregistry.minutes.MinutesRefusedException.Reason;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.stakeholder.Person;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.util.Assert;

/**
 * The minutes of one session and everything that happened to them. An official writes a draft and edits it, then
 * circulates it to the participants, who suggest corrections; once every suggestion is accepted or declined, the
 * official approves and publishes the minutes. Published minutes are never edited: a later correction is an
 * erratum, a new revision that says why. Every text the minutes have had stays as a {@link MinutesRevision}.
 */
@Entity
public class Minutes extends BaseEntity {

	/** The longest text the minutes may hold, as the database allows. */
	public static final int MAX_TEXT = 60000;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ConsultationSession session;

	/*
	 * Changes with every new revision, so that the version goes up with it and an edit based on an older text is
	 * refused.
	 */
	private int currentRevision;

	private String circulatedBy;

	private Instant circulatedAt;

	private Integer publishedRevision;

	private String publishedBy;

	private Instant publishedAt;

	@OneToMany(mappedBy = "minutes", cascade = CascadeType.ALL)
	@OrderBy("number")
	private List<MinutesRevision> revisions = new ArrayList<>();

	/* A participant's suggestion does not change the minutes, so it does not make an official's edit stale. */
	@OneToMany(mappedBy = "minutes", cascade = CascadeType.ALL)
	@OrderBy("suggestedAt, id")
	@OptimisticLock(excluded = true)
	private List<MinutesSuggestion> suggestions = new ArrayList<>();

	protected Minutes() {
	}

	/** Starts the minutes of a session with an official's first draft. */
	static Minutes draft(ConsultationSession session, String text, String writtenBy, Instant writtenAt) {
		Assert.notNull(session, "Minutes are the minutes of a session");
		Minutes minutes = new Minutes();
		minutes.session = session;
		minutes.addRevision(RevisionKind.WRITTEN, text, writtenBy, writtenAt, null, null);
		return minutes;
	}

	/**
	 * Minutes that were approved and published before they reached the registry: their first revision is the
	 * published one.
	 */
	static Minutes approvedElsewhere(ConsultationSession session, String text, String recordedBy,
			Instant recordedAt) {
		Minutes minutes = draft(session, text, recordedBy, recordedAt);
		minutes.publishedRevision = minutes.currentRevision;
		minutes.publishedBy = recordedBy;
		minutes.publishedAt = recordedAt;
		return minutes;
	}

	public MinutesStage getStage() {
		if (this.publishedAt != null) {
			return MinutesStage.PUBLISHED;
		}
		return (this.circulatedAt != null) ? MinutesStage.CIRCULATED : MinutesStage.DRAFT;
	}

	/**
	 * Edits the draft, circulated or not. Published minutes are read-only: see {@link #correct}.
	 * @throws MinutesRefusedException if the minutes are published, or the text is unchanged
	 */
	MinutesRevision revise(String text, String writtenBy, Instant writtenAt) {
		if (getStage() == MinutesStage.PUBLISHED) {
			throw new MinutesRefusedException(Reason.PUBLISHED_READ_ONLY);
		}
		return addRevision(RevisionKind.WRITTEN, text, writtenBy, writtenAt, null, null);
	}

	/** Sends the draft to the participants, who may then read it and suggest corrections. */
	void circulate(String by, Instant at) {
		Assert.hasText(by, "Who circulated the minutes is required");
		if (getStage() != MinutesStage.DRAFT) {
			throw new MinutesRefusedException(Reason.NOT_A_DRAFT);
		}
		this.circulatedBy = by;
		this.circulatedAt = at;
	}

	/** Approves the circulated draft as it stands and publishes it. */
	void publish(String by, Instant at) {
		Assert.hasText(by, "Who published the minutes is required");
		if (getStage() != MinutesStage.CIRCULATED) {
			throw new MinutesRefusedException(
					(getStage() == MinutesStage.PUBLISHED) ? Reason.PUBLISHED_READ_ONLY : Reason.NOT_CIRCULATED);
		}
		if (this.suggestions.stream().anyMatch(MinutesSuggestion::isPending)) {
			throw new MinutesRefusedException(Reason.SUGGESTIONS_PENDING);
		}
		this.publishedRevision = this.currentRevision;
		this.publishedBy = by;
		this.publishedAt = at;
	}

	/** Corrects published minutes with an erratum: a new revision that says why. */
	MinutesRevision correct(String text, String reason, String by, Instant at) {
		Assert.hasText(reason, "An erratum needs a reason");
		if (getStage() != MinutesStage.PUBLISHED) {
			throw new MinutesRefusedException(Reason.NOT_PUBLISHED);
		}
		return addRevision(RevisionKind.ERRATUM, text, by, at, reason.strip(), null);
	}

	/**
	 * Records a participant's suggestion to replace a passage of the circulated draft.
	 * @throws MinutesRefusedException if the draft is not circulated, or the passage is not found in it exactly
	 * once, or the suggestion would change nothing or leave the minutes empty
	 */
	MinutesSuggestion suggest(Person participant, String suggestedBy, String passage, String replacement,
			String note, Instant at) {
		Assert.hasText(passage, "A suggestion names the words to correct");
		if (getStage() != MinutesStage.CIRCULATED) {
			throw new MinutesRefusedException(Reason.NOT_CIRCULATED);
		}
		String cleanPassage = MinutesText.normalise(passage);
		String cleanReplacement = MinutesText.normalise(replacement);
		if (cleanPassage.equals(cleanReplacement)) {
			throw new MinutesRefusedException(Reason.REPLACEMENT_UNCHANGED);
		}
		if (MinutesText.replace(getCurrent().getText(), cleanPassage, cleanReplacement).isEmpty()) {
			throw new MinutesRefusedException(Reason.REPLACEMENT_EMPTIES_MINUTES);
		}
		MinutesSuggestion suggestion = new MinutesSuggestion(this, participant, suggestedBy, at,
				this.currentRevision, cleanPassage, cleanReplacement, note);
		this.suggestions.add(suggestion);
		return suggestion;
	}

	/**
	 * Accepts a suggestion: its replacement goes into the draft as it stands now, as a new revision.
	 * @throws MinutesRefusedException if it was decided already, the minutes are no longer circulated, or the
	 * passage is no longer in the draft exactly once
	 */
	MinutesRevision accept(MinutesSuggestion suggestion, String answer, String by, Instant at) {
		Assert.isTrue(this.suggestions.contains(suggestion), "Not a suggestion for these minutes");
		if (!suggestion.isPending()) {
			throw new MinutesRefusedException(Reason.ALREADY_DECIDED);
		}
		if (getStage() != MinutesStage.CIRCULATED) {
			throw new MinutesRefusedException(Reason.NOT_CIRCULATED);
		}
		String corrected;
		try {
			corrected = MinutesText.replace(getCurrent().getText(), suggestion.getPassage(),
					suggestion.getReplacement());
		}
		catch (MinutesRefusedException notFoundOnce) {
			throw new MinutesRefusedException(Reason.PASSAGE_NO_LONGER_FOUND);
		}
		suggestion.accept(by, at, answer);
		return addRevision(RevisionKind.SUGGESTION, corrected, by, at, null, suggestion);
	}

	/** Declines a suggestion with a short answer to the participant. The draft stays as it is. */
	void decline(MinutesSuggestion suggestion, String answer, String by, Instant at) {
		Assert.isTrue(this.suggestions.contains(suggestion), "Not a suggestion for these minutes");
		suggestion.decline(by, at, answer);
	}

	private MinutesRevision addRevision(RevisionKind kind, String text, String by, Instant at, String reason,
			MinutesSuggestion suggestion) {
		Assert.hasText(by, "Who wrote the minutes is required");
		Assert.notNull(at, "When the minutes were written is required");
		String clean = MinutesText.normalise(text);
		Assert.hasText(clean, "Minutes need some text");
		if (!this.revisions.isEmpty() && clean.equals(getCurrent().getText())) {
			throw new MinutesRefusedException(Reason.UNCHANGED);
		}
		MinutesRevision revision = new MinutesRevision(this, this.currentRevision + 1, kind, clean, by, at, reason,
				suggestion);
		this.revisions.add(revision);
		this.currentRevision = revision.getNumber();
		return revision;
	}

	public ConsultationSession getSession() {
		return this.session;
	}

	/** The newest revision: what the minutes say now. */
	public MinutesRevision getCurrent() {
		return this.revisions.get(this.revisions.size() - 1);
	}

	public int getCurrentRevision() {
		return this.currentRevision;
	}

	public String getCirculatedBy() {
		return this.circulatedBy;
	}

	public Instant getCirculatedAt() {
		return this.circulatedAt;
	}

	/** The number of the revision that was approved and published, or {@code null} before publication. */
	public Integer getPublishedRevision() {
		return this.publishedRevision;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** Every revision, oldest first. */
	public List<MinutesRevision> getRevisions() {
		return Collections.unmodifiableList(this.revisions);
	}

	public List<MinutesSuggestion> getSuggestions() {
		return Collections.unmodifiableList(this.suggestions);
	}

}
