package org.consultationregistry.engagement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.UserAccount;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FormSubmissions;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.Staff;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on published recommendations. Anyone signed in may comment or answer a comment (the board's officials
 * answer as the board); officials hide a comment with a reason, and it stays in the registry, visible to the
 * board's staff only.
 */
@Service
@Transactional(readOnly = true)
public class Comments {

	private final CommentRepository comments;

	private final Recommendations recommendations;

	private final Accounts accounts;

	private final FormSubmissions submissions;

	private final UpdateRecorder updates;

	private final Clock clock;

	Comments(CommentRepository comments, Recommendations recommendations, Accounts accounts,
			FormSubmissions submissions, UpdateRecorder updates, @Qualifier("registryClock") Clock clock) {
		this.comments = comments;
		this.recommendations = recommendations;
		this.accounts = accounts;
		this.submissions = submissions;
		this.updates = updates;
		this.clock = clock;
	}

	/**
	 * The comments on a recommendation as the reader may see them, each top-level comment with its answers. Answers
	 * to a comment the reader may not see are not shown either.
	 */
	public List<CommentThread> threadsOn(long recommendationId, Audience audience) {
		Map<Long, List<Comment>> replies = new LinkedHashMap<>();
		List<Comment> topLevel = new ArrayList<>();
		for (Comment comment : this.comments.findOn(recommendationId, audience == Audience.STAFF)) {
			if (comment.getInReplyTo() == null) {
				topLevel.add(comment);
			}
			else {
				replies.computeIfAbsent(comment.getInReplyTo().getId(), (id) -> new ArrayList<>()).add(comment);
			}
		}
		return topLevel.stream()
			.map((comment) -> new CommentThread(comment, replies.getOrDefault(comment.getId(), List.of()),
					CommentForm.replyTo(comment.getId())))
			.toList();
	}

	/**
	 * The comment a form answers, if the reader may see it, for showing the form again.
	 */
	public Comment answered(long recommendationId, Long commentId, Audience audience) {
		if (commentId == null) {
			return null;
		}
		return this.comments.findOn(recommendationId, commentId)
			.filter((comment) -> audience == Audience.STAFF || !comment.isHidden())
			.orElse(null);
	}

	/**
	 * Records the signed-in user's comment on a published recommendation. Submitting the same form (the same token)
	 * again gives back the comment it created.
	 * @return the id of the comment
	 * @throws RecordNotFoundException if there is no such published recommendation
	 * @throws FieldProblem on {@code inReplyTo} if the comment answered is not one that can be answered
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public long comment(long recommendationId, CommentForm form) {
		return this.submissions.once(form.token(), "Comment", () -> {
			Recommendation recommendation = published(recommendationId);
			Reader reader = Reader.current();
			UserAccount author = this.accounts.find(reader.username())
				.orElseThrow(() -> new RecordNotFoundException("Account", reader.username()));
			Comment answered = null;
			if (form.inReplyTo() != null) {
				answered = this.comments.findOn(recommendationId, form.inReplyTo())
					.filter((comment) -> !comment.isHidden() && !comment.threadStart().isHidden())
					.orElseThrow(() -> new FieldProblem("inReplyTo", "comment.inReplyTo.unknown"));
			}
			Comment comment = this.comments.save(new Comment(recommendation, author, answered, form.text()));
			this.updates.commented(comment);
			return comment.getId();
		});
	}

	/**
	 * A comment for an official to hide.
	 * @throws RecordNotFoundException if the recommendation has no such comment
	 */
	@PreAuthorize(Staff.ONLY)
	public Comment toHide(long recommendationId, long commentId) {
		return this.comments.findOn(recommendationId, commentId)
			.orElseThrow(() -> new RecordNotFoundException("Comment", commentId));
	}

	/**
	 * Hides a comment from everyone but the board's staff, recording the signed-in official, the time and the reason.
	 * @throws RecordNotFoundException if the recommendation has no such comment
	 * @throws IllegalStateException if it is hidden already
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void hide(long recommendationId, long commentId, HideForm form) {
		toHide(recommendationId, commentId).hide(Reader.current().username(), form.reason(), this.clock.instant());
	}

	private Recommendation published(long recommendationId) {
		return this.recommendations.find(recommendationId, Audience.PUBLIC)
			.orElseThrow(() -> new RecordNotFoundException("Recommendation", recommendationId))
			.recommendation();
	}

}
