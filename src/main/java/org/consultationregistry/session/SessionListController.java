package org.consultationregistry.session;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SessionListController {

	/**
	 * How far the list counts its sessions (as far as the recommendations list does): an exact count of the tens of
	 * thousands published would be read on every visit to say "page 1 of 2,400".
	 */
	private static final int COUNT_LIMIT = 10_000;

	private final ConsultationSessions sessions;

	SessionListController(ConsultationSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/sessions")
	String list(Audience audience, @PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("page", this.sessions.newestFirst(audience, pageable, COUNT_LIMIT));
		return "session/list";
	}

}
