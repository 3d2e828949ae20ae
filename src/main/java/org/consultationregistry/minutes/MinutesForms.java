package org.consultationregistry.minutes;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;

/**
 * The forms of the minutes pages. Each carries the version of the minutes it was loaded with, or the one-time token
 * of a form that creates a record, or both.
 */
final class MinutesForms {

	private MinutesForms() {
	}

	/** The draft, written or edited by an official. {@code version} is empty for a first draft. */
	record DraftForm(@NotBlank @Size(max = Minutes.MAX_TEXT) @CleanText String text, Long version, UUID token) {
	}

	/** A correction of published minutes, which must say why. */
	record ErratumForm(@NotBlank @Size(max = Minutes.MAX_TEXT) @CleanText String text,
			@NotBlank(message = "{minutes.erratum.reason.required}") @Size(max = 1000) @CleanText String reason,
			Long version, UUID token) {
	}

	/** A participant's suggestion: replace a passage of the draft with other words, or with none. */
	record SuggestionForm(@NotBlank @Size(max = 4000) @CleanText String passage,
			@Size(max = 4000) @CleanText String replacement, @Size(max = 1000) @CleanText String note, UUID token) {

		static SuggestionForm blank() {
			return new SuggestionForm(null, null, null, UUID.randomUUID());
		}

	}

	/** An official's answer when accepting a suggestion; it may be left empty. */
	record AcceptForm(@Size(max = 1000) @CleanText String answer) {
	}

	/** An official's answer when declining a suggestion, which the participant reads. */
	record DeclineForm(
			@NotBlank(message = "{minutes.decline.answer.required}") @Size(max = 1000) @CleanText String answer) {
	}

}
