package org.consultationregistry.audit;

/**
 * What an audit event records. The names are also the values the database accepts.
 */
public enum AuditAction {

	CREATE, UPDATE, DELETE, STATUS_CHANGE, SIGN_IN, SIGN_IN_FAILED, ACCESS_DENIED, ACCOUNT_CHANGE

}
