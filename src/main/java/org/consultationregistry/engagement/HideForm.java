package org.consultationregistry.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;

/** An official's reason for hiding a comment, which stays on record. */
public record HideForm(
		@NotBlank(message = "{comment.hide.reason.required}") @Size(max = 1000) @CleanText String reason) {
}
