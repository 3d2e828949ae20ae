package org.consultationregistry.issue;

/**
 * The board's headings for what stakeholders bring to the table.
 */
public enum IssueCategory {

	TRADE_AND_IMPORTS, TAXATION, PUBLIC_PROCUREMENT, RESEARCH_AND_INNOVATION, SKILLS, INFRASTRUCTURE, FINANCE,
	REGULATION, OTHER

}
