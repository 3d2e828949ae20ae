package org.consultationregistry.recommendation;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class RecommendationController {

	private final Recommendations recommendations;

	private final RecommendationFinder finder;

	private final List<RecommendationPagePart> pageParts;

	RecommendationController(Recommendations recommendations, RecommendationFinder finder,
			List<RecommendationPagePart> pageParts) {
		this.recommendations = recommendations;
		this.finder = finder;
		this.pageParts = pageParts;
	}

	/**
	 * Searches and filters the recommendations. The whole state is in the URL, so a search can be bookmarked and
	 * shared; a value that is not one of the choices (an unknown status, a malformed date) answers 400.
	 */
	@GetMapping("/recommendations")
	String list(@ModelAttribute("search") RecommendationSearch search, Audience audience, Model model) {
		model.addAttribute("results", this.finder.search(search, audience));
		model.addAttribute("statuses", RecommendationStatus.values());
		model.addAttribute("themes", IssueCategory.values());
		model.addAttribute("orders", RecommendationOrder.values());
		return "recommendation/list";
	}

	@GetMapping("/recommendations/{id}")
	String show(@PathVariable long id, Audience audience, Model model) {
		RecommendationRecord record = find(id, audience);
		model.addAttribute("record", record);
		model.addAttribute("statusForm", ChangeStatusForm.startingFrom(record.recommendation()));
		this.pageParts.forEach((part) -> model.addAllAttributes(part.attributesFor(record, audience)));
		return "recommendation/show";
	}

	/**
	 * Moves the recommendation along its lifecycle. A move it does not allow is shown next to the status; a move
	 * based on a status someone else has since changed answers 409 with the page as it stands now, keeping the
	 * official's reason.
	 */
	@PostMapping("/recommendations/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") ChangeStatusForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				this.recommendations.changeStatus(id, form);
				return "redirect:/recommendations/" + id + "#history";
			}
			catch (RejectedEntryException ex) {
				ex.rejectIn(binding);
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
				RecommendationRecord current = find(id, Audience.STAFF);
				model.addAttribute("statusForm", form.basedOn(current.recommendation().getVersion()));
				model.addAttribute("conflict", true);
				model.addAttribute("record", current);
				response.setStatus(HttpStatus.CONFLICT.value());
				return "recommendation/show";
			}
		}
		model.addAttribute("record", find(id, Audience.STAFF));
		return "recommendation/show";
	}

	private RecommendationRecord find(long id, Audience audience) {
		return this.recommendations.find(id, audience)
			.orElseThrow(() -> new RecordNotFoundException("Recommendation", id));
	}

}
