package org.consultationregistry.minutes;

import org.consultationregistry.session.ConsultationSession;

/**
 * What an official edits the minutes against: the session, and its minutes with every revision, if any have been
 * written.
 */
public record MinutesEditing(ConsultationSession session, Minutes minutes) {

	/** The text the form starts from: the current revision, or nothing for a first draft. */
	public String currentText() {
		return (this.minutes != null) ? this.minutes.getCurrent().getText() : "";
	}

	/** The version the form carries, so that a save based on an older text is refused. */
	public Long version() {
		return (this.minutes != null) ? this.minutes.getVersion() : null;
	}

}
