package org.consultationregistry.portal;

import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PortalController {

	private final PortalService portal;

	PortalController(PortalService portal) {
		this.portal = portal;
	}

	@GetMapping("/")
	String home(Audience audience, Model model) {
		model.addAttribute("overview", this.portal.overview(audience));
		return "portal/home";
	}

	@GetMapping("/organisations/{id}")
	String organisation(@PathVariable long id, Audience audience, Model model) {
		model.addAttribute("profile", this.portal.organisationProfile(id, audience)
			.orElseThrow(() -> new RecordNotFoundException("Organisation", id)));
		return "portal/organisation";
	}

}
