package org.consultationregistry.session;

/**
 * Where a session stands, from the day it is planned to the day its minutes are published. A session only ever
 * moves forward through these, in this order.
 */
public enum SessionStatus {

	PLANNED, HELD, MINUTES_DRAFT, CIRCULATED, PUBLISHED;

	public boolean isBefore(SessionStatus other) {
		return ordinal() < other.ordinal();
	}

}
