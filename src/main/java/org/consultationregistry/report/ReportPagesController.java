package org.consultationregistry.report;

import jakarta.validation.Valid;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.Staff;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's reports: where to find every export, the dashboard and what is overdue. */
@Controller
@PreAuthorize(Staff.ONLY)
class ReportPagesController {

	/** What {@code body} says to list the overdue items no body is named for. */
	static final String NO_BODY = "none";

	private static final int PAGE_SIZE = 50;

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

	/**
	 * The bodies with something overdue, a page of them at a time in alphabetical order (as an official looks their
	 * own up by name; the oldest due date beside each shows who is furthest behind); with {@code body}, the items of
	 * that body (an organisation's id, or {@value #NO_BODY}), a page at a time.
	 */
	@GetMapping("/reports/overdue")
	String overdue(@RequestParam(name = "body", required = false) String body,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		if (body == null) {
			model.addAttribute("page", this.dashboard.overdueBodies(pageable));
			return "report/overdue";
		}
		Long bodyId = NO_BODY.equals(body) ? null : bodyId(body);
		model.addAttribute("group",
				this.dashboard.overdueOf(bodyId, pageable)
					.orElseThrow(() -> new RecordNotFoundException("Organisation", body)));
		return "report/overdue-body";
	}

	private static Long bodyId(String body) {
		try {
			return Long.valueOf(body);
		}
		catch (NumberFormatException ex) {
			throw new RecordNotFoundException("Organisation", body);
		}
	}

}
