package org.consultationregistry.engagement;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;

/**
 * A comment as typed: plain text, perhaps answering another comment, with the one-time token of the form it came
 * from.
 */
public record CommentForm(@NotBlank @Size(max = Comment.MAX_TEXT) @CleanText String text, Long inReplyTo,
		UUID token) {

	static CommentForm blank() {
		return new CommentForm(null, null, UUID.randomUUID());
	}

	static CommentForm replyTo(long commentId) {
		return new CommentForm(null, commentId, UUID.randomUUID());
	}

}
