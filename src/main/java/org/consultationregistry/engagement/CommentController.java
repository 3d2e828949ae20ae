package org.consultationregistry.engagement;

import jakarta.validation.Valid;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FieldProblems;
import org.consultationregistry.shared.RecordNotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Having one's say on a published recommendation: comments and answers to them, endorsements, and officials hiding
 * a comment with a reason. The comment forms are on the recommendation page; a comment that needs correcting is
 * shown again on a page of its own, with the message next to the field.
 */
@Controller
class CommentController {

	private static final String COMMENT_FORM = "engagement/comment-form";

	private static final String HIDE_FORM = "engagement/hide-form";

	private final Comments comments;

	private final Endorsements endorsements;

	private final Recommendations recommendations;

	CommentController(Comments comments, Endorsements endorsements, Recommendations recommendations) {
		this.comments = comments;
		this.endorsements = endorsements;
		this.recommendations = recommendations;
	}

	@PostMapping("/recommendations/{id}/comments")
	String comment(@PathVariable long id, @Valid @ModelAttribute("form") CommentForm form, BindingResult binding,
			Audience audience, Model model) {
		if (!binding.hasErrors()) {
			try {
				long commentId = this.comments.comment(id, form);
				return "redirect:/recommendations/" + id + "#comment-" + commentId;
			}
			catch (FieldProblem problem) {
				FieldProblems.reject(binding, problem);
			}
		}
		model.addAttribute("recommendation", this.recommendations.find(id, Audience.PUBLIC)
			.orElseThrow(() -> new RecordNotFoundException("Recommendation", id))
			.recommendation());
		model.addAttribute("answered", this.comments.answered(id, form.inReplyTo(), audience));
		return COMMENT_FORM;
	}

	/**
	 * @param endorse whether the stakeholder endorses the recommendation from now on
	 */
	@PostMapping("/recommendations/{id}/endorsement")
	String endorse(@PathVariable long id, @RequestParam(defaultValue = "true") boolean endorse) {
		try {
			this.endorsements.endorse(id, endorse);
		}
		catch (DataIntegrityViolationException ex) {
			// The same person's endorsement, sent at the same moment from another page, was saved first: it stands.
		}
		return "redirect:/recommendations/" + id + "#endorsements";
	}

	@GetMapping("/recommendations/{id}/comments/{commentId}/hide")
	String hideForm(@PathVariable long id, @PathVariable long commentId, Model model) {
		model.addAttribute("comment", this.comments.toHide(id, commentId));
		model.addAttribute("form", new HideForm(null));
		return HIDE_FORM;
	}

	@PostMapping("/recommendations/{id}/comments/{commentId}/hide")
	String hide(@PathVariable long id, @PathVariable long commentId, @Valid @ModelAttribute("form") HideForm form,
			BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			this.comments.hide(id, commentId, form);
			return "redirect:/recommendations/" + id + "#comment-" + commentId;
		}
		model.addAttribute("comment", this.comments.toHide(id, commentId));
		return HIDE_FORM;
	}

}
