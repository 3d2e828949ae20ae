package org.consultationregistry.recommendation;

import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class RecommendationController {

	private final Recommendations recommendations;

	RecommendationController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/recommendations")
	String list(@RequestParam(required = false) RecommendationStatus status, Audience audience,
			@PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", RecommendationStatus.values());
		model.addAttribute("page", this.recommendations.newestFirst(status, audience, pageable));
		return "recommendation/list";
	}

	@GetMapping("/recommendations/{id}")
	String show(@PathVariable long id, Audience audience, Model model) {
		model.addAttribute("record",
				this.recommendations.find(id, audience).orElseThrow(() -> new RecordNotFoundException("Recommendation", id)));
		return "recommendation/show";
	}

}
