package org.consultationregistry.engagement;

import java.util.List;

/**
 * A comment with the answers to it, oldest first, and a form to answer it with.
 */
public record CommentThread(Comment comment, List<Comment> replies, CommentForm replyForm) {
}
