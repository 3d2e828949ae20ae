package org.consultationregistry.minutes;

import java.security.Principal;

import jakarta.validation.Valid;
import org.consultationregistry.minutes.MinutesForms.SuggestionForm;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.consultationregistry.minutes.MinutesRefusals.BACK_TO_MINUTES;
import static org.consultationregistry.minutes.MinutesRefusals.NOTICE;

/**
 * Where a participant suggests a correction to the circulated draft. Any signed-in user reaches it; the service
 * refuses anyone who did not take part in the session. The form is on the session page, which shows it again with
 * what was typed if something needs correcting.
 */
@Controller
class SuggestionController {

	private final SessionMinutes minutes;

	private final SessionRecords records;

	SuggestionController(SessionMinutes minutes, SessionRecords records) {
		this.minutes = minutes;
		this.records = records;
	}

	@PostMapping("/sessions/{id}/minutes/suggestions")
	String suggest(@PathVariable long id, @Valid @ModelAttribute("suggestion") SuggestionForm form,
			BindingResult result, Audience audience, Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.minutes.suggest(id, form.passage(), form.replacement(), form.note(), form.token());
				redirect.addFlashAttribute(NOTICE, "minutes.notice.suggested");
				return BACK_TO_MINUTES;
			}
			catch (MinutesRefusedException refused) {
				if (!MinutesRefusals.nextToField(refused, result)) {
					throw refused;
				}
			}
		}
		model.addAttribute("record", this.records.find(id, null, audience, principal.getName())
			.orElseThrow(() -> new RecordNotFoundException("Session", id)));
		return "minutes/session";
	}

}
