package org.consultationregistry.minutes;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.consultationregistry.minutes.MinutesForms.AcceptForm;
import org.consultationregistry.minutes.MinutesForms.DeclineForm;
import org.consultationregistry.minutes.MinutesForms.DraftForm;
import org.consultationregistry.minutes.MinutesForms.ErratumForm;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.consultationregistry.minutes.MinutesRefusals.BACK_TO_MINUTES;
import static org.consultationregistry.minutes.MinutesRefusals.NOTICE;

/**
 * Where the board's staff write, circulate, publish and correct the minutes, and decide on suggested corrections.
 * A refused action is shown by {@link MinutesRefusals}.
 */
@Controller
@RequestMapping("/sessions/{id}/minutes")
class MinutesController {

	private final SessionMinutes minutes;

	MinutesController(SessionMinutes minutes) {
		this.minutes = minutes;
	}

	@GetMapping("/edit")
	String edit(@PathVariable long id, Model model) {
		MinutesEditing editing = this.minutes.forEditing(id);
		model.addAttribute("editing", editing);
		model.addAttribute("form", new DraftForm(editing.currentText(), editing.version(), UUID.randomUUID()));
		return "minutes/edit";
	}

	@PostMapping
	String save(@PathVariable long id, @Valid @ModelAttribute("form") DraftForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.minutes.saveDraft(id, form.text(), form.version(), form.token());
				redirect.addFlashAttribute(NOTICE, "minutes.notice.saved");
				return BACK_TO_MINUTES;
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException changedMeanwhile) {
				// Show the text now saved next to the official's own, which the form keeps; saving again then
				// deliberately replaces the other official's text.
				MinutesEditing editing = this.minutes.forEditing(id);
				model.addAttribute("editing", editing);
				model.addAttribute("conflict", true);
				model.addAttribute("form", new DraftForm(form.text(), editing.version(), form.token()));
				response.setStatus(HttpStatus.CONFLICT.value());
				return "minutes/edit";
			}
			catch (MinutesRefusedException refused) {
				if (!MinutesRefusals.nextToField(refused, result)) {
					throw refused;
				}
			}
		}
		model.addAttribute("editing", this.minutes.forEditing(id));
		return "minutes/edit";
	}

	@PostMapping("/circulate")
	String circulate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.minutes.circulate(id, version);
		redirect.addFlashAttribute(NOTICE, "minutes.notice.circulated");
		return BACK_TO_MINUTES;
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.minutes.publish(id, version);
		redirect.addFlashAttribute(NOTICE, "minutes.notice.published");
		return BACK_TO_MINUTES;
	}

	@GetMapping("/erratum")
	String erratum(@PathVariable long id, Model model) {
		MinutesEditing editing = this.minutes.forErratum(id);
		model.addAttribute("editing", editing);
		model.addAttribute("form", new ErratumForm(editing.currentText(), null, editing.version(), UUID.randomUUID()));
		return "minutes/erratum";
	}

	@PostMapping("/erratum")
	String recordErratum(@PathVariable long id, @Valid @ModelAttribute("form") ErratumForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.minutes.recordErratum(id, form.text(), form.reason(), form.version(), form.token());
				redirect.addFlashAttribute(NOTICE, "minutes.notice.erratum");
				return BACK_TO_MINUTES;
			}
			catch (MinutesRefusedException refused) {
				if (!MinutesRefusals.nextToField(refused, result)) {
					throw refused;
				}
			}
		}
		model.addAttribute("editing", this.minutes.forErratum(id));
		return "minutes/erratum";
	}

	@GetMapping("/review/{suggestionId}")
	String review(@PathVariable long id, @PathVariable long suggestionId, Model model) {
		model.addAttribute("review", this.minutes.review(id, suggestionId));
		model.addAttribute("form", new AcceptForm(null));
		return "minutes/review";
	}

	@PostMapping("/review/{suggestionId}/accept")
	String accept(@PathVariable long id, @PathVariable long suggestionId,
			@Valid @ModelAttribute("form") AcceptForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("review", this.minutes.review(id, suggestionId));
			return "minutes/review";
		}
		this.minutes.accept(id, suggestionId, form.answer());
		redirect.addFlashAttribute(NOTICE, "minutes.notice.accepted");
		return BACK_TO_MINUTES;
	}

	@PostMapping("/review/{suggestionId}/decline")
	String decline(@PathVariable long id, @PathVariable long suggestionId,
			@Valid @ModelAttribute("form") DeclineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("review", this.minutes.review(id, suggestionId));
			return "minutes/review";
		}
		this.minutes.decline(id, suggestionId, form.answer());
		redirect.addFlashAttribute(NOTICE, "minutes.notice.declined");
		return BACK_TO_MINUTES;
	}

}
