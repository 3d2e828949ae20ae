package org.consultationregistry.shared;

/**
 * An official saved a form based on a version of the record that someone else has since changed. Nothing was
 * saved; the controller shows both versions so the official's text can be applied again.
 */
public class StaleEditException extends RuntimeException {

	private final long currentVersion;

	public StaleEditException(String recordType, Object id, long currentVersion) {
		super(recordType + " " + id + " was changed by someone else (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

}
