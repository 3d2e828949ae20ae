/**
 * The audit trail: every create, change, deletion and status change of a record, written in the same transaction
 * as the change itself, and readable per record by the board's staff.
 */
package org.consultationregistry.audit;
