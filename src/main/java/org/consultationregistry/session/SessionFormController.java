package org.consultationregistry.session;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.consultationregistry.shared.EditConflict;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FieldProblems;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.StaleEditException;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Officials plan a session and correct it later: one form for both.
 */
@Controller
class SessionFormController {

	private static final String FORM = "session/form";

	private final ConsultationSessions sessions;

	SessionFormController(ConsultationSessions sessions) {
		this.sessions = sessions;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("organisationTypes", OrganisationType.values());
		model.addAttribute("followUpChoices", this.sessions.followUpChoices());
	}

	@GetMapping("/sessions/new")
	String newSession(Model model) {
		model.addAttribute("form", SessionForm.blank());
		return FORM;
	}

	@PostMapping("/sessions/new")
	String plan(@Valid @ModelAttribute("form") SessionForm form, BindingResult result) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			return "redirect:/sessions/" + this.sessions.plan(form);
		}
		catch (FieldProblem problem) {
			FieldProblems.reject(result, problem);
			return FORM;
		}
	}

	@GetMapping("/sessions/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ConsultationSession session = this.sessions.find(id, Audience.STAFF)
			.orElseThrow(() -> new RecordNotFoundException("Session", id));
		model.addAttribute("consultation", session);
		model.addAttribute("form", SessionForm.of(session));
		return FORM;
	}

	@PostMapping("/sessions/{id}/edit")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.sessions.revise(id, form);
				return "redirect:/sessions/" + id;
			}
			catch (FieldProblem problem) {
				FieldProblems.reject(result, problem);
			}
			catch (StaleEditException conflict) {
				ConsultationSession current = this.sessions.find(id, Audience.STAFF).orElseThrow();
				model.addAttribute("conflict", EditConflict.between(SessionForm.of(current), form));
				model.addAttribute("form", form.basedOn(conflict.getCurrentVersion()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		model.addAttribute("consultation", this.sessions.find(id, Audience.STAFF)
			.orElseThrow(() -> new RecordNotFoundException("Session", id)));
		return FORM;
	}

	@PostMapping("/sessions/{id}/held")
	String markHeld(@PathVariable long id) {
		this.sessions.advance(id, SessionStatus.HELD);
		return "redirect:/sessions/" + id;
	}

}
