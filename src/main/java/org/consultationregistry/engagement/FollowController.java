package org.consultationregistry.engagement;

import org.consultationregistry.issue.IssueCategory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following recommendations and themes, and the updates list that results. Each follow form says whether to follow
 * or to stop ({@code follow}), so that sending it twice does what it said once.
 */
@Controller
class FollowController {

	private final Following following;

	private final Updates updates;

	FollowController(Following following, Updates updates) {
		this.following = following;
		this.updates = updates;
	}

	@PostMapping("/recommendations/{id}/follow")
	String followRecommendation(@PathVariable long id, @RequestParam(defaultValue = "true") boolean follow,
			@RequestParam(required = false) String from) {
		this.following.followRecommendation(id, follow);
		return "updates".equals(from) ? "redirect:/updates#following"
				: "redirect:/recommendations/" + id + "#following";
	}

	/** Sent from a recommendation's page (which it names) or from the updates page, to which it leads back. */
	@PostMapping("/themes/{theme}/follow")
	String followTheme(@PathVariable IssueCategory theme, @RequestParam(defaultValue = "true") boolean follow,
			@RequestParam(required = false) Long recommendationId) {
		this.following.followTheme(theme, follow);
		return (recommendationId != null) ? "redirect:/recommendations/" + recommendationId + "#following"
				: "redirect:/updates#themes";
	}

	@GetMapping("/updates")
	String updates(@PageableDefault(size = 30) Pageable pageable, Model model) {
		model.addAttribute("view", this.updates.forReader(pageable));
		return "engagement/updates";
	}

}
