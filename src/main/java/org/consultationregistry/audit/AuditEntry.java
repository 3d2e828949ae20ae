package org.consultationregistry.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of a record's history: who did what, when, and which fields changed from what to what.
 *
 * @param changes field name to its value before and after ({@code null} where there was none)
 */
public record AuditEntry(Instant occurredAt, String actor, AuditAction action, String recordType, Long recordId,
		Map<String, List<String>> changes) {
}
