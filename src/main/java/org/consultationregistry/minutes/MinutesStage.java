package org.consultationregistry.minutes;

/**
 * Where a session's minutes stand: a draft only the board's staff read, a draft circulated to the participants for
 * corrections, or approved and published. Minutes only ever move forward through these, in this order.
 */
public enum MinutesStage {

	DRAFT, CIRCULATED, PUBLISHED

}
