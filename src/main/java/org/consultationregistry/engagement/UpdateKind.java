package org.consultationregistry.engagement;

/**
 * What an entry in someone's updates list says happened. The names are also the values the database accepts.
 */
public enum UpdateKind {

	STATUS_CHANGED, FOLLOW_UP_ADDED, FOLLOW_UP_DONE, FOLLOW_UP_REOPENED, COMMENTED, REPLIED

}
