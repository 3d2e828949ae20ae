package org.consultationregistry.account;

/**
 * What an account may do. Admins manage accounts and exports; officials record consultations; stakeholders
 * represent an organisation and read, follow and comment.
 */
public enum Role {

	ADMIN, OFFICIAL, STAKEHOLDER

}
