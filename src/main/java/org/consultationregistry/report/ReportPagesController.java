package org.consultationregistry.report;

import jakarta.validation.Valid;
import org.consultationregistry.shared.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The staff's reports: where to find every export, the dashboard and what is overdue. */
@Controller
@PreAuthorize(Staff.ONLY)
class ReportPagesController {

	private final Dashboard dashboard;

	private final DashboardFigures figures;

	private final ParticipationReport participation;

	ReportPagesController(Dashboard dashboard, DashboardFigures figures, ParticipationReport participation) {
		this.dashboard = dashboard;
		this.figures = figures;
		this.participation = participation;
	}

	/** Every export; the participation report's links carry the period of the form above them. */
	@GetMapping("/reports")
	String index(@Valid @ModelAttribute("period") ParticipationPeriod typed, BindingResult result, Model model) {
		// A valid period replaces what was typed, so that the form shows the dates filled in for the ones left out.
		this.participation.period(typed, result).ifPresent((period) -> model.addAttribute("period", period));
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
