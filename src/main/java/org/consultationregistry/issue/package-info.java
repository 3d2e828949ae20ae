/**
 * Issues raised: the concerns stakeholders put on the table in a session, filed under the board's categories.
 */
package org.consultationregistry.issue;
