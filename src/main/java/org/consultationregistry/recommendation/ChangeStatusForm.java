package org.consultationregistry.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;

/**
 * Moves a recommendation to its next status, with the reason, from the version of it the official was looking at.
 */
public record ChangeStatusForm(
		@NotNull(message = "{recommendation.statusForm.statusRequired}") RecommendationStatus status,
		@NotBlank @Size(max = 1000) @CleanText String reason, Long version) {

	static ChangeStatusForm startingFrom(Recommendation recommendation) {
		return new ChangeStatusForm(null, null, recommendation.getVersion());
	}

	/** The same move and reason, to be tried again on the given version (after a conflict). */
	ChangeStatusForm basedOn(long currentVersion) {
		return new ChangeStatusForm(this.status, this.reason, currentVersion);
	}

}
