package org.consultationregistry.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's audit trail: every change to a record, and every sign-in and refusal, with who and when.
 */
@Service
public class AuditLog {

	/** Who is recorded for work the portal does by itself, such as loading the demo at start-up. */
	public static final String SYSTEM = "system";

	private static final TypeReference<Map<String, List<String>>> CHANGES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	AuditLog(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Writes an event in the caller's transaction, by the signed-in user (or {@link #SYSTEM}).
	 */
	public void record(AuditAction action, String recordType, Long recordId, Map<String, Object[]> changes) {
		this.jdbc.update("""
				insert into audit_event (actor, action, record_type, record_id, changes)
				values (?, ?, ?, ?, cast(? as jsonb))
				""", currentActor(), action.name(), recordType, recordId,
				(changes == null || changes.isEmpty()) ? null : this.json.writeValueAsString(changes));
	}

	/** The history of one record, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> historyOf(String recordType, long recordId) {
		return this.jdbc.query("""
				select occurred_at, actor, action, record_type, record_id, changes::text as changes
				from audit_event
				where record_type = ? and record_id = ?
				order by occurred_at, id
				""", (row, i) -> new AuditEntry(row.getObject("occurred_at", Timestamp.class).toInstant(),
				row.getString("actor"), AuditAction.valueOf(row.getString("action")), row.getString("record_type"),
				row.getLong("record_id"), (row.getString("changes") != null)
						? this.json.readValue(row.getString("changes"), CHANGES) : Map.of()),
				recordType, recordId);
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
