package org.consultationregistry.minutes;

/**
 * A run of words in the comparison of two revisions: kept as it was, added, or removed.
 */
public record TextChange(Type type, String text) {

	public boolean isAdded() {
		return this.type == Type.ADDED;
	}

	public boolean isRemoved() {
		return this.type == Type.REMOVED;
	}

	public boolean isSame() {
		return this.type == Type.SAME;
	}

	public enum Type {

		SAME, ADDED, REMOVED

	}

}
