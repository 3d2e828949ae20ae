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
 * Officials seat people at a session's table, correct their seats and remove them. The session page carries the
 * form to add someone; when a submission needs correcting, it comes back on a page of its own.
 */
@Controller
class ParticipantController {

	private static final String ADD_FORM = "session/participant-form";

	private static final String EDIT_FORM = "session/participant-edit";

	private final ConsultationSessions sessions;

	ParticipantController(ConsultationSessions sessions) {
		this.sessions = sessions;
	}

	@ModelAttribute
	void choices(@PathVariable long sessionId, Model model) {
		model.addAttribute("consultation", this.sessions.find(sessionId, Audience.STAFF)
			.orElseThrow(() -> new RecordNotFoundException("Session", sessionId)));
		model.addAttribute("organisationTypes", OrganisationType.values());
		model.addAttribute("participantRoles", ParticipantRole.values());
	}

	@GetMapping("/sessions/{sessionId}/participants/new")
	String newParticipant(Model model) {
		model.addAttribute("participantForm", ParticipantForm.blank());
		return ADD_FORM;
	}

	@PostMapping("/sessions/{sessionId}/participants")
	String add(@PathVariable long sessionId, @Valid @ModelAttribute("participantForm") ParticipantForm form,
			BindingResult result) {
		if (result.hasErrors()) {
			return ADD_FORM;
		}
		try {
			this.sessions.addParticipant(sessionId, form);
			return "redirect:/sessions/" + sessionId + "#participants";
		}
		catch (FieldProblem problem) {
			FieldProblems.reject(result, problem);
			return ADD_FORM;
		}
	}

	@GetMapping("/sessions/{sessionId}/participants/{participantId}/edit")
	String edit(@PathVariable long sessionId, @PathVariable long participantId, Model model) {
		Participant participant = participant(sessionId, participantId);
		model.addAttribute("participant", participant);
		model.addAttribute("form", ParticipantEditForm.of(participant));
		return EDIT_FORM;
	}

	@PostMapping("/sessions/{sessionId}/participants/{participantId}/edit")
	String correct(@PathVariable long sessionId, @PathVariable long participantId,
			@Valid @ModelAttribute("form") ParticipantEditForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.sessions.correctParticipant(sessionId, participantId, form);
				return "redirect:/sessions/" + sessionId + "#participants";
			}
			catch (FieldProblem problem) {
				FieldProblems.reject(result, problem);
			}
			catch (StaleEditException conflict) {
				Participant current = participant(sessionId, participantId);
				model.addAttribute("conflict", EditConflict.between(ParticipantEditForm.of(current), form));
				model.addAttribute("form", new ParticipantEditForm(conflict.getCurrentVersion(), form.designation(),
						form.organisationId(), form.organisationName(), form.role()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		model.addAttribute("participant", participant(sessionId, participantId));
		return EDIT_FORM;
	}

	@PostMapping("/sessions/{sessionId}/participants/{participantId}/remove")
	String remove(@PathVariable long sessionId, @PathVariable long participantId) {
		this.sessions.removeParticipant(sessionId, participantId);
		return "redirect:/sessions/" + sessionId + "#participants";
	}

	private Participant participant(long sessionId, long participantId) {
		return this.sessions.participant(sessionId, participantId)
			.orElseThrow(() -> new RecordNotFoundException("Participant", participantId));
	}

}
