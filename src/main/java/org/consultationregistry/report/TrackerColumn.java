package org.consultationregistry.report;

/**
 * The columns of the recommendations tracker, in file order, with their width in characters. An official may change
 * the status and the target date and write a note; the portal reads those back from an uploaded tracker, finding
 * each row by its id and checking it against the version it was downloaded at.
 */
enum TrackerColumn {

	ID(8), VERSION(9), TITLE(60), SESSION(40), HELD_ON(12), THEMES(30), PROPOSED_BY(30), RESPONSIBLE(30), STATUS(16),
	TARGET_DATE(12), LAST_MOVEMENT(14), DAYS_SINCE_MOVEMENT(12), OPEN_ACTIONS(10), OVERDUE_ACTIONS(10),
	LATEST_NOTE(50), NOTE(50);

	private final int width;

	TrackerColumn(int width) {
		this.width = width;
	}

	int width() {
		return this.width;
	}

	String labelKey() {
		return "report.tracker.column." + name();
	}

}
