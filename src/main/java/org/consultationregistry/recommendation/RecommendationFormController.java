package org.consultationregistry.recommendation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/**
 * The form that records a recommendation from a session page, and edits it later. One template serves both; a
 * recommendation being edited is named by {@code recommendationId} in the model.
 */
@Controller
class RecommendationFormController {

	private static final String FORM = "recommendation/form";

	private final Recommendations recommendations;

	RecommendationFormController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/sessions/{sessionId}/recommendations/new")
	String newForm(@PathVariable long sessionId, Model model) {
		model.addAttribute("choices", this.recommendations.choicesFor(sessionId));
		model.addAttribute("form", RecommendationForm.blank());
		return FORM;
	}

	@PostMapping("/sessions/{sessionId}/recommendations")
	String create(@PathVariable long sessionId, @Valid @ModelAttribute("form") RecommendationForm form,
			BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				return "redirect:/recommendations/" + this.recommendations.propose(sessionId, form);
			}
			catch (RejectedEntryException ex) {
				ex.rejectIn(binding);
			}
		}
		model.addAttribute("choices", this.recommendations.choicesFor(sessionId));
		return FORM;
	}

	@GetMapping("/recommendations/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		RecommendationEdit edit = this.recommendations.edit(id);
		model.addAttribute("recommendationId", id);
		model.addAttribute("choices", edit.choices());
		model.addAttribute("form", edit.form());
		return FORM;
	}

	/**
	 * Saves an edit. If someone else saved the recommendation since the form was loaded, answers 409 with their
	 * version beside the official's text, which is kept in the form ready to be saved over theirs.
	 */
	@PostMapping("/recommendations/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") RecommendationForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		model.addAttribute("recommendationId", id);
		if (!binding.hasErrors()) {
			try {
				this.recommendations.revise(id, form);
				return "redirect:/recommendations/" + id;
			}
			catch (RejectedEntryException ex) {
				ex.rejectIn(binding);
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
				RecommendationEdit current = this.recommendations.edit(id);
				model.addAttribute("choices", current.choices());
				model.addAttribute("form", form.basedOn(current.current().getVersion()));
				model.addAttribute("conflict", current);
				response.setStatus(HttpStatus.CONFLICT.value());
				return FORM;
			}
		}
		model.addAttribute("choices", this.recommendations.edit(id).choices());
		return FORM;
	}

}
