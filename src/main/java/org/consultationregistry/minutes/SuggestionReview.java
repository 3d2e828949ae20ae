package org.consultationregistry.minutes;

import java.util.List;

import org.consultationregistry.session.ConsultationSession;

/**
 * A participant's suggestion as the official deciding on it sees it, with what accepting it would change in the
 * draft as it stands now.
 *
 * @param preview the draft's current text with the suggestion applied, word by word; empty if the passage is no
 * longer in the draft exactly once, or the suggestion was decided already
 */
public record SuggestionReview(ConsultationSession session, Minutes minutes, MinutesSuggestion suggestion,
		List<TextChange> preview) {
}
