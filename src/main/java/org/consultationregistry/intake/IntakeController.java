package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.session.ParticipantRole;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FieldProblems;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The intake page: an official pastes or uploads a text, reviews the session the portal read from it, corrects it
 * row by row (adding and removing rows with the form's own buttons, so that it works without JavaScript) and saves
 * it. Nothing is saved before that last step.
 */
@Controller
class IntakeController {

	private static final String START = "intake/start";

	private static final String REVIEW = "intake/review";

	private final IntakeService intake;

	IntakeController(IntakeService intake) {
		this.intake = intake;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("organisationTypes", OrganisationType.values());
		model.addAttribute("participantRoles", ParticipantRole.values());
		model.addAttribute("issueCategories", IssueCategory.values());
		model.addAttribute("mostCharacters", DocumentText.MOST_CHARACTERS);
	}

	@GetMapping("/intake")
	String start(@RequestParam(required = false) String tooLarge, Model model) {
		model.addAttribute("intake", IntakeText.blank());
		model.addAttribute("tooLarge", tooLarge != null);
		return START;
	}

	@PostMapping("/intake")
	String read(@ModelAttribute("intake") IntakeText form, BindingResult result, Model model) {
		String field = form.hasFile() ? "file" : "text";
		try {
			String text = form.hasFile() ? DocumentText.uploaded(form.file()) : DocumentText.pasted(form.text());
			model.addAttribute("review", this.intake.read(text, field).review());
			return REVIEW;
		}
		catch (FieldProblem problem) {
			FieldProblems.reject(result, problem);
			return START;
		}
	}

	/**
	 * Every button of the review form posts here; {@code action} says which: "save", or "add-participant",
	 * "remove-participant-2" and the like for offices, issues and recommendations.
	 */
	@PostMapping("/intake/review")
	String review(@Valid @ModelAttribute("review") IntakeReview review, BindingResult result,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model) {
		if (review == null || result.getTarget() == null) {
			// A value no browser sends (a malformed date, say) leaves nothing to show again: refuse the request.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (!action.equals("save")) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "review");
			model.addAttribute("review", edited(review, action));
			return REVIEW;
		}
		if (result.hasErrors()) {
			return REVIEW;
		}
		try {
			long sessionId = this.intake.save(review);
			return "redirect:/sessions/" + sessionId;
		}
		catch (FieldProblem problem) {
			FieldProblems.reject(result, problem);
		}
		catch (IntakeRejectedException rejected) {
			rejected.rejectIn(result);
		}
		return REVIEW;
	}

	/** The review with a row added or removed, as the button pressed asks. */
	private static IntakeReview edited(IntakeReview review, String action) {
		return switch (action) {
			case "add-participant" -> review.withParticipants(added(review.participants(),
					IntakeReview.ParticipantRow.blank()));
			case "add-office" -> review.withOffices(added(review.offices(), IntakeReview.OfficeRow.blank()));
			case "add-issue" -> review.withIssues(added(review.issues(), IntakeReview.IssueRow.blank()),
					review.recommendations());
			case "add-recommendation" -> review.withRecommendations(added(review.recommendations(),
					IntakeReview.RecommendationRow.blank()));
			default -> removed(review, action);
		};
	}

	private static IntakeReview removed(IntakeReview review, String action) {
		int dash = action.lastIndexOf('-');
		int index;
		try {
			index = Integer.parseInt(action.substring(dash + 1));
		}
		catch (NumberFormatException ex) {
			return review;
		}
		String rows = (dash > 0) ? action.substring(0, dash) : "";
		return switch (rows) {
			case "remove-participant" -> review.withParticipants(without(review.participants(), index));
			case "remove-office" -> review.withOffices(without(review.offices(), index));
			case "remove-issue" -> (index < 0 || index >= review.issues().size()) ? review
					: review.withIssues(without(review.issues(), index),
							renumbered(review.recommendations(), index + 1));
			case "remove-recommendation" -> review.withRecommendations(without(review.recommendations(), index));
			default -> review;
		};
	}

	/** The recommendations once issue {@code number} is gone: it is no longer answered, and later numbers move up. */
	private static List<IntakeReview.RecommendationRow> renumbered(List<IntakeReview.RecommendationRow> rows,
			int number) {
		Function<Integer, Integer> moved = (answer) -> (answer > number) ? answer - 1 : answer;
		return rows.stream()
			.map((row) -> new IntakeReview.RecommendationRow(row.title(), row.details(),
					row.answers().stream().filter((answer) -> answer != number).map(moved).toList(), row.source()))
			.toList();
	}

	private static <T> List<T> added(List<T> rows, T row) {
		List<T> more = new ArrayList<>(rows);
		if (more.size() < IntakeReview.MOST_ROWS) {
			more.add(row);
		}
		return more;
	}

	private static <T> List<T> without(List<T> rows, int index) {
		List<T> fewer = new ArrayList<>(rows);
		if (index >= 0 && index < fewer.size()) {
			fewer.remove(index);
		}
		return fewer;
	}

}
