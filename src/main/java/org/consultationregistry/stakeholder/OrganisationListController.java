package org.consultationregistry.stakeholder;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OrganisationListController {

	private final StakeholderDirectory directory;

	OrganisationListController(StakeholderDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/organisations")
	String list(@PageableDefault(size = 50) Pageable pageable, Model model) {
		model.addAttribute("page", this.directory.organisations(pageable));
		return "stakeholder/list";
	}

}
