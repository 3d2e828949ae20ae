package org.consultationregistry.session;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SessionListController {

	private final ConsultationSessions sessions;

	SessionListController(ConsultationSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/sessions")
	String list(Audience audience, @PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("page", this.sessions.newestFirst(audience, pageable));
		return "session/list";
	}

}
