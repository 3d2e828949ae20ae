package org.consultationregistry.portal;

import java.security.Principal;

import org.consultationregistry.engagement.AffectedRecommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PortalController {

	private final PortalService portal;

	private final AffectedRecommendations affected;

	PortalController(PortalService portal, AffectedRecommendations affected) {
		this.portal = portal;
		this.affected = affected;
	}

	/** For someone who speaks for an organisation, the home page opens with what affects it. */
	@GetMapping("/")
	String home(Audience audience, Principal principal, Model model) {
		model.addAttribute("overview", this.portal.overview(audience));
		if (principal != null) {
			this.affected.forAccount(principal.getName())
				.ifPresent((affecting) -> model.addAttribute("affecting", affecting));
		}
		return "portal/home";
	}

	@GetMapping("/organisations/{id}")
	String organisation(@PathVariable long id, Audience audience, Model model) {
		model.addAttribute("profile", this.portal.organisationProfile(id, audience)
			.orElseThrow(() -> new RecordNotFoundException("Organisation", id)));
		return "portal/organisation";
	}

}
