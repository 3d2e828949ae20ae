package org.consultationregistry.recommendation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Follow-up actions of a recommendation: added and edited with one form, marked done or reopened from the
 * recommendation page.
 */
@Controller
class FollowUpController {

	private static final String FORM = "recommendation/follow-up-form";

	private final Recommendations recommendations;

	FollowUpController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/recommendations/{id}/follow-ups/new")
	String newForm(@PathVariable long id, Model model) {
		model.addAttribute("choices", this.recommendations.newFollowUp(id));
		model.addAttribute("form", FollowUpForm.blank());
		return FORM;
	}

	@PostMapping("/recommendations/{id}/follow-ups")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") FollowUpForm form, BindingResult binding,
			Model model) {
		if (!binding.hasErrors()) {
			try {
				this.recommendations.addFollowUp(id, form);
				return followUpsOf(id);
			}
			catch (RejectedEntryException ex) {
				ex.rejectIn(binding);
			}
		}
		model.addAttribute("choices", this.recommendations.newFollowUp(id));
		return FORM;
	}

	@GetMapping("/recommendations/{id}/follow-ups/{actionId}/edit")
	String editForm(@PathVariable long id, @PathVariable long actionId, Model model) {
		FollowUpChoices choices = this.recommendations.editFollowUp(id, actionId);
		model.addAttribute("choices", choices);
		model.addAttribute("form", FollowUpForm.of(choices.current()));
		return FORM;
	}

	/**
	 * Saves an edit; if someone else saved the action since the form was loaded, answers 409 with their version
	 * beside the official's text.
	 */
	@PostMapping("/recommendations/{id}/follow-ups/{actionId}/edit")
	String update(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute("form") FollowUpForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				this.recommendations.reviseFollowUp(id, actionId, form);
				return followUpsOf(id);
			}
			catch (RejectedEntryException ex) {
				ex.rejectIn(binding);
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
				FollowUpChoices current = this.recommendations.editFollowUp(id, actionId);
				model.addAttribute("choices", current);
				model.addAttribute("form", form.basedOn(current.current().getVersion()));
				model.addAttribute("conflict", true);
				response.setStatus(HttpStatus.CONFLICT.value());
				return FORM;
			}
		}
		model.addAttribute("choices", this.recommendations.editFollowUp(id, actionId));
		return FORM;
	}

	@PostMapping("/recommendations/{id}/follow-ups/{actionId}/done")
	String markDone(@PathVariable long id, @PathVariable long actionId, @RequestParam(required = false) Long version,
			Model model, HttpServletResponse response) {
		return mark(id, actionId, version, true, model, response);
	}

	@PostMapping("/recommendations/{id}/follow-ups/{actionId}/reopen")
	String reopen(@PathVariable long id, @PathVariable long actionId, @RequestParam(required = false) Long version,
			Model model, HttpServletResponse response) {
		return mark(id, actionId, version, false, model, response);
	}

	/**
	 * Marks the action done or open. If someone else changed it in the meantime, answers 409 with the recommendation
	 * page as it stands now, so the official sees what they did before trying again.
	 */
	private String mark(long id, long actionId, Long version, boolean done, Model model,
			HttpServletResponse response) {
		try {
			this.recommendations.markFollowUp(id, actionId, version, done);
			return followUpsOf(id);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			RecommendationRecord current = this.recommendations.find(id, Audience.STAFF)
				.orElseThrow(() -> new RecordNotFoundException("Recommendation", id));
			model.addAttribute("record", current);
			model.addAttribute("statusForm", ChangeStatusForm.startingFrom(current.recommendation()));
			model.addAttribute("followUpConflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "recommendation/show";
		}
	}

	private static String followUpsOf(long recommendationId) {
		return "redirect:/recommendations/" + recommendationId + "#follow-ups";
	}

}
