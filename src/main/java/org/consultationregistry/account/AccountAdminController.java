package org.consultationregistry.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.consultationregistry.shared.EditConflict;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FieldProblems;
import org.consultationregistry.shared.StaleEditException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins' pages for accounts: the list, opening an account, correcting it, disabling and enabling it, and
 * resetting its password. A temporary password is shown to the admin once, on the page the action leads to.
 */
@Controller
class AccountAdminController {

	private static final String LIST = "account/admin-list";

	private static final String FORM = "account/admin-form";

	private final AccountAdministration administration;

	AccountAdminController(AccountAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Role.values());
	}

	@GetMapping("/admin/accounts")
	String list(@PageableDefault(size = 50) Pageable pageable, Model model) {
		model.addAttribute("page", this.administration.list(pageable));
		return LIST;
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model) {
		model.addAttribute("form", AccountForm.blank());
		return FORM;
	}

	@PostMapping("/admin/accounts/new")
	String open(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			AccountAdministration.Opened opened = this.administration.open(form);
			redirect.addFlashAttribute("temporaryPassword", opened.temporaryPassword());
			return "redirect:/admin/accounts/" + opened.id();
		}
		catch (FieldProblem problem) {
			FieldProblems.reject(result, problem);
			return FORM;
		}
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		UserAccount account = this.administration.find(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		return FORM;
	}

	@PostMapping("/admin/accounts/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.administration.revise(id, form);
				return "redirect:/admin/accounts/" + id;
			}
			catch (FieldProblem problem) {
				FieldProblems.reject(result, problem);
			}
			catch (StaleEditException conflict) {
				model.addAttribute("conflict",
						EditConflict.between(AccountForm.of(this.administration.find(id)), form));
				model.addAttribute("form", form.basedOn(conflict.getCurrentVersion()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		model.addAttribute("account", this.administration.find(id));
		return FORM;
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.administration.disable(id);
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("refusal", problem.getCode());
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable long id) {
		this.administration.enable(id);
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/password-reset")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", this.administration.resetPassword(id));
		return "redirect:/admin/accounts/" + id;
	}

}
