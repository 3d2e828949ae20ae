package org.consultationregistry.search;

import org.consultationregistry.session.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final RegistrySearch search;

	SearchController(RegistrySearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Audience audience, Model model) {
		model.addAttribute("results", this.search.search(q, audience));
		return "search/results";
	}

}
