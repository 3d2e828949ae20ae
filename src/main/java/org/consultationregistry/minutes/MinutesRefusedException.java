package org.consultationregistry.minutes;

/**
 * A change to the minutes that their stage or their text does not allow. Nothing was saved. Each reason has a
 * message {@code minutes.refused.<REASON>} in plain words; where it concerns one field of the form, the message is
 * shown next to that field.
 */
public class MinutesRefusedException extends RuntimeException {

	private final Reason reason;

	MinutesRefusedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** The message key that explains the refusal. */
	public String getMessageCode() {
		return "minutes.refused." + this.reason.name();
	}

	public enum Reason {

		/** Published minutes are corrected by an erratum, not edited. */
		PUBLISHED_READ_ONLY(null),

		/** An erratum is only for minutes that have been published. */
		NOT_PUBLISHED(null),

		/** Only a draft that has not been circulated yet can be circulated. */
		NOT_A_DRAFT(null),

		/** Only circulated minutes can be approved and published, or receive suggestions. */
		NOT_CIRCULATED(null),

		/** Every suggestion is accepted or declined before the minutes are published. */
		SUGGESTIONS_PENDING(null),

		/** The new text is the same as the current one. */
		UNCHANGED("text"),

		/** The passage to correct does not appear in the draft. */
		PASSAGE_NOT_FOUND("passage"),

		/** The passage to correct appears more than once, so it is not clear which one is meant. */
		PASSAGE_NOT_UNIQUE("passage"),

		/**
		 * The passage of an accepted suggestion is no longer in the draft (or now appears more than once), because
		 * the draft was edited since.
		 */
		PASSAGE_NO_LONGER_FOUND(null),

		/** The replacement is the same as the passage. */
		REPLACEMENT_UNCHANGED("replacement"),

		/** Replacing the passage would leave the minutes empty. */
		REPLACEMENT_EMPTIES_MINUTES("replacement"),

		/** The suggestion was accepted or declined already. */
		ALREADY_DECIDED(null);

		private final String field;

		Reason(String field) {
			this.field = field;
		}

		/** The form field the refusal concerns, or {@code null} if it concerns the whole action. */
		public String field() {
			return this.field;
		}

	}

}
