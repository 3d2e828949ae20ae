package org.consultationregistry.minutes;

import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ParticipantForm;
import org.consultationregistry.session.ParticipantRole;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SessionRecordController {

	private final SessionRecords records;

	SessionRecordController(SessionRecords records) {
		this.records = records;
	}

	@GetMapping("/sessions/{id}")
	String show(@PathVariable long id, Audience audience, Model model) {
		model.addAttribute("record",
				this.records.find(id, audience).orElseThrow(() -> new RecordNotFoundException("Session", id)));
		if (audience == Audience.STAFF) {
			model.addAttribute("participantForm", ParticipantForm.blank());
			model.addAttribute("participantRoles", ParticipantRole.values());
			model.addAttribute("organisationTypes", OrganisationType.values());
		}
		return "minutes/session";
	}

}
