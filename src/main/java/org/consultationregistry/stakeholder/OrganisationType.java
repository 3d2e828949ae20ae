package org.consultationregistry.stakeholder;

/**
 * The kinds of body that sit at the board's table, in the order a session page lists them.
 */
public enum OrganisationType {

	GOVERNMENT, PRIVATE_SECTOR, INDUSTRY_ASSOCIATION, ACADEMIA, CIVIL_SOCIETY, DEVELOPMENT_PARTNER

}
