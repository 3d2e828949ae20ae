package org.consultationregistry.issue;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.EditConflict;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FieldProblems;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.StaleEditException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Officials record the issues raised in a session and correct them; anyone who may see the session can follow an
 * issue through every session it came up in.
 */
@Controller
class IssueController {

	private static final String FORM = "issue/form";

	private final IssuesRaised issues;

	IssueController(IssuesRaised issues) {
		this.issues = issues;
	}

	@GetMapping("/issues/{id}")
	String show(@PathVariable long id, Audience audience, Model model) {
		model.addAttribute("history",
				this.issues.history(id, audience).orElseThrow(() -> new RecordNotFoundException("Issue", id)));
		return "issue/show";
	}

	@GetMapping("/sessions/{sessionId}/issues/new")
	String newIssue(@PathVariable long sessionId, Model model) {
		model.addAttribute("form", IssueForm.blank());
		return form(model, this.issues.choicesFor(sessionId), null);
	}

	@PostMapping("/sessions/{sessionId}/issues")
	String record(@PathVariable long sessionId, @Valid @ModelAttribute("form") IssueForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				this.issues.record(sessionId, form);
				return "redirect:/sessions/" + sessionId + "#issues";
			}
			catch (FieldProblem problem) {
				FieldProblems.reject(result, problem);
			}
		}
		return form(model, this.issues.choicesFor(sessionId), null);
	}

	@GetMapping("/issues/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		IssueRaised issue = load(id);
		model.addAttribute("form", IssueForm.of(issue));
		return form(model, this.issues.choicesFor(issue.getSession().getId()), issue);
	}

	@PostMapping("/issues/{id}/edit")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") IssueForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.issues.revise(id, form);
				return "redirect:/issues/" + id;
			}
			catch (FieldProblem problem) {
				FieldProblems.reject(result, problem);
			}
			catch (StaleEditException conflict) {
				model.addAttribute("conflict", EditConflict.between(IssueForm.of(load(id)), form));
				model.addAttribute("form", form.basedOn(conflict.getCurrentVersion()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		IssueRaised issue = load(id);
		return form(model, this.issues.choicesFor(issue.getSession().getId()), issue);
	}

	private String form(Model model, IssueChoices choices, IssueRaised issue) {
		model.addAttribute("choices", choices);
		model.addAttribute("issue", issue);
		model.addAttribute("categories", IssueCategory.values());
		return FORM;
	}

	private IssueRaised load(long id) {
		return this.issues.find(id).orElseThrow(() -> new RecordNotFoundException("Issue", id));
	}

}
