package org.consultationregistry.account;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FieldProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any signed-in holder changes their password here; someone holding a temporary one is sent here first and can
 * reach nothing else until they have.
 */
@Controller
class PasswordChangeController {

	private static final String FORM = "account/password";

	private final Accounts accounts;

	PasswordChangeController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(SignInOutcomes.CHANGE_PASSWORD_PAGE)
	String form(HttpSession session, Model model) {
		model.addAttribute("form", PasswordChangeForm.blank());
		model.addAttribute("required", session.getAttribute(SignInOutcomes.MUST_CHANGE_PASSWORD) != null);
		return FORM;
	}

	@PostMapping(SignInOutcomes.CHANGE_PASSWORD_PAGE)
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Principal principal,
			HttpSession session, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(principal.getName(), form);
				session.removeAttribute(SignInOutcomes.MUST_CHANGE_PASSWORD);
				redirect.addFlashAttribute("changed", true);
				return "redirect:" + SignInOutcomes.CHANGE_PASSWORD_PAGE;
			}
			catch (FieldProblem problem) {
				FieldProblems.reject(result, problem);
			}
		}
		model.addAttribute("required", session.getAttribute(SignInOutcomes.MUST_CHANGE_PASSWORD) != null);
		return FORM;
	}

}
