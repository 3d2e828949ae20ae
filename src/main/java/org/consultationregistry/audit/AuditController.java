package org.consultationregistry.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A record's history, linked from each record's page. For the board's staff only (see SecurityConfiguration).
 */
@Controller
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/audit/{recordType:[A-Za-z]+}/{id:\\d+}")
	String history(@PathVariable String recordType, @PathVariable long id, Model model) {
		model.addAttribute("recordType", recordType);
		model.addAttribute("recordId", id);
		model.addAttribute("entries", this.auditLog.historyOf(recordType, id));
		return "audit/history";
	}

}
