package org.consultationregistry.minutes;

/**
 * How a revision of the minutes came about.
 */
public enum RevisionKind {

	/** An official wrote or edited the draft. */
	WRITTEN,

	/** An official accepted a participant's suggested correction into the draft. */
	SUGGESTION,

	/** An official corrected the published minutes, saying why. */
	ERRATUM

}
