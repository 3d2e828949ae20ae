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

	private final DashboardFigures figures;

	ReportPagesController(Dashboard dashboard, DashboardFigures figures) {
		this.dashboard = dashboard;
		this.figures = figures;
	}

	@GetMapping("/reports")
	String index() {
		return "report/index";
	}

	@GetMapping("/reports/dashboard")
	String dashboard(Model model) {
		DashboardFigures.Counted counted = this.figures.current();
		model.addAttribute("figures", counted.figures());
		model.addAttribute("countedAt", counted.countedAt());
		return "report/dashboard";
	}

	@GetMapping("/reports/overdue")
	String overdue(Model model) {
		model.addAttribute("groups", this.dashboard.overdue());
		return "report/overdue";
	}

}
