package org.consultationregistry.minutes;

/**
 * What became of a participant's suggested correction.
 */
public enum SuggestionStatus {

	PENDING, ACCEPTED, DECLINED

}
