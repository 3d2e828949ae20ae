package org.consultationregistry.stakeholder;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the name fields of the officials' forms, fetched as they type (static/js/lookup.js).
 */
@RestController
class LookupController {

	private final StakeholderDirectory directory;

	LookupController(StakeholderDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/lookup/organisations")
	List<Suggestion> organisations(@RequestParam(defaultValue = "") String q) {
		return this.directory.suggestOrganisations(q);
	}

	@GetMapping("/lookup/people")
	List<Suggestion> people(@RequestParam(defaultValue = "") String q) {
		return this.directory.suggestPeople(q);
	}

}
