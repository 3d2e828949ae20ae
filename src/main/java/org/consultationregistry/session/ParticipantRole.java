package org.consultationregistry.session;

/**
 * The part someone played at the table, in the order a session page lists them.
 */
public enum ParticipantRole {

	CHAIR, PRESENTER, PARTICIPANT, SECRETARIAT

}
