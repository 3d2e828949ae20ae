package org.consultationregistry.report;

import org.consultationregistry.shared.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff's reports: where to find every export, the dashboard and what is overdue. */
@Controller
@PreAuthorize(Staff.ONLY)
class ReportPagesController {

	private final Dashboard dashboard;

	ReportPagesController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/reports")
	String index() {
		return "report/index";
	}

	@GetMapping("/reports/dashboard")
	String dashboard(Model model) {
		model.addAttribute("figures", this.dashboard.figures());
		return "report/dashboard";
	}

	@GetMapping("/reports/overdue")
	String overdue(Model model) {
		model.addAttribute("groups", this.dashboard.overdue());
		return "report/overdue";
	}

}
