package org.consultationregistry.minutes;

import java.security.Principal;

import org.consultationregistry.minutes.MinutesForms.SuggestionForm;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ParticipantForm;
import org.consultationregistry.session.ParticipantRole;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SessionRecordController {

	private final SessionRecords records;

	SessionRecordController(SessionRecords records) {
		this.records = records;
	}

	/**
	 * A session's record. {@code revision} picks an earlier revision of the minutes, shown with what changed against
	 * the one before it.
	 */
	@GetMapping("/sessions/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer revision, Audience audience,
			Principal principal, Model model) {
		model.addAttribute("record", this.records
			.find(id, revision, audience, (principal != null) ? principal.getName() : null)
			.orElseThrow(() -> new RecordNotFoundException("Session", id)));
		model.addAttribute("suggestion", SuggestionForm.blank());
		if (audience == Audience.STAFF) {
			model.addAttribute("participantForm", ParticipantForm.blank());
			model.addAttribute("participantRoles", ParticipantRole.values());
			model.addAttribute("organisationTypes", OrganisationType.values());
		}
		return "minutes/session";
	}

}
