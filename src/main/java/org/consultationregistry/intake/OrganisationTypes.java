package org.consultationregistry.intake;

import java.util.regex.Pattern;

import org.consultationregistry.stakeholder.OrganisationType;

/**
 * Guesses what kind of body an organisation the registry does not know yet is, from its name and the post its
 * person holds: "Department", "Board", "Authority" are government; "Chamber", "Association" industry associations;
 * "University" academia; a CEO's company the private sector. The official confirms the guess in the review.
 */
final class OrganisationTypes {

	private static final Pattern DEVELOPMENT_PARTNER = Pattern.compile("(?i)\\b(world bank|asian development bank|"
			+ "adb|undp|unicef|unido|usaid|giz|jica|fcdo|dfid|united nations|european union|imf|ifc|who|ilo|fao|"
			+ "kfw|aiib|islamic development bank)\\b");

	private static final Pattern ACADEMIA = Pattern.compile("(?i)\\b(university|college|school|academy|"
			+ "institute of technology|faculty|uet|lums|nust|comsats|pu)\\b");

	private static final Pattern ASSOCIATION = Pattern.compile("(?i)\\b(chamber|association|federation|council of|"
			+ "fpcci|lcci|kcci|icci|rcci|fcci|apcma|aptma|pama|guild)\\b");

	private static final Pattern CIVIL_SOCIETY = Pattern.compile("(?i)\\b(foundation|trust|ngo|society|network|"
			+ "alliance|forum|welfare|citizens)\\b");

	private static final Pattern GOVERNMENT = Pattern.compile("(?i)\\b(government|govt|department|ministry|"
			+ "board|authority|commission|directorate|division|secretariat|bureau|agency|punjab|sindh|provincial|"
			+ "federal|district|municipal|corporation|cell|wing|p&d|pbit|pitb|tevta|fbr|secp|sbp|police)\\b");

	private static final Pattern COMPANY_POST = Pattern.compile(
			"(?i)(chief executive|chief operating|chief financial|chief technology|managing director|founder|owner|"
			+ "partner|general manager|country manager)");

	private OrganisationTypes() {
	}

	static OrganisationType guess(String name, String designation) {
		String text = (name != null) ? name : "";
		if (DEVELOPMENT_PARTNER.matcher(text).find()) {
			return OrganisationType.DEVELOPMENT_PARTNER;
		}
		if (ACADEMIA.matcher(text).find()) {
			return OrganisationType.ACADEMIA;
		}
		if (ASSOCIATION.matcher(text).find()) {
			return OrganisationType.INDUSTRY_ASSOCIATION;
		}
		if (text.matches("(?i).*\\b(group|ltd|limited|pvt|private|company|co|inc|llc|industries|technologies|"
				+ "electronics|enterprises|mills|motors|traders|holdings|ventures|solutions|systems)\\b.*")
				|| designation != null && COMPANY_POST.matcher(designation).find()) {
			return OrganisationType.PRIVATE_SECTOR;
		}
		if (CIVIL_SOCIETY.matcher(text).find()) {
			return OrganisationType.CIVIL_SOCIETY;
		}
		if (GOVERNMENT.matcher(text).find()) {
			return OrganisationType.GOVERNMENT;
		}
		return (designation != null && designation.matches(
				"(?i).*(secretary|minister|director general|commissioner|member|chief\\b).*"))
						? OrganisationType.GOVERNMENT : OrganisationType.PRIVATE_SECTOR;
	}

}
