package org.consultationregistry.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.consultationregistry.shared.BaseEntity;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Writes an audit event for every record Hibernate creates, changes or deletes, in the same transaction and through
 * the same connection, so that a change and its audit entry are committed or rolled back together. Only the
 * fields that changed are written, each as [before, after]; a change of {@code status} is recorded as a status
 * change.
 */
class AuditingListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	/** Bookkeeping fields that change with every save and say nothing about what the official did. */
	private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt");

	/** Fields whose values must never be copied into the audit trail; only the fact that they changed is. */
	private static final Set<String> SECRET = Set.of("passwordHash");

	private static final String HIDDEN = "(hidden)";

	private final AuditLog auditLog;

	AuditingListener(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		Map<String, Object[]> changes = new LinkedHashMap<>();
		String[] names = event.getPersister().getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			Object value = event.getState()[i];
			if (!IGNORED.contains(names[i]) && value != null && !(value instanceof Collection<?>)) {
				changes.put(names[i], new Object[] { null, value });
			}
		}
		record(event.getPersister(), event.getId(), AuditAction.CREATE, changes);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		Map<String, Object[]> changes = new LinkedHashMap<>();
		String[] names = event.getPersister().getPropertyNames();
		int[] dirty = event.getDirtyProperties();
		if (dirty == null || event.getOldState() == null) {
			return;
		}
		for (int i : dirty) {
			if (!IGNORED.contains(names[i]) && !(event.getState()[i] instanceof Collection<?>)) {
				changes.put(names[i], new Object[] { event.getOldState()[i], event.getState()[i] });
			}
		}
		if (!changes.isEmpty()) {
			AuditAction action = changes.containsKey("status") ? AuditAction.STATUS_CHANGE : AuditAction.UPDATE;
			record(event.getPersister(), event.getId(), action, changes);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		Map<String, Object[]> changes = new LinkedHashMap<>();
		String[] names = event.getPersister().getPropertyNames();
		Object[] state = event.getDeletedState();
		for (int i = 0; i < names.length; i++) {
			if (state != null && !IGNORED.contains(names[i]) && state[i] != null
					&& !(state[i] instanceof Collection<?>)) {
				changes.put(names[i], new Object[] { state[i], null });
			}
		}
		record(event.getPersister(), event.getId(), AuditAction.DELETE, changes);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void record(EntityPersister persister, Object id, AuditAction action, Map<String, Object[]> changes) {
		if (!(id instanceof Long recordId)) {
			return;
		}
		Map<String, Object[]> readable = new LinkedHashMap<>();
		changes.forEach((field, values) -> readable.put(field, SECRET.contains(field)
				? new Object[] { (values[0] != null) ? HIDDEN : null, (values[1] != null) ? HIDDEN : null }
				: new Object[] { readable(values[0]), readable(values[1]) }));
		this.auditLog.record(action, persister.getMappedClass().getSimpleName(), recordId, readable);
	}

	/** Another record is written as its id; everything else as text. */
	private static Object readable(Object value) {
		if (value instanceof BaseEntity entity) {
			return entity.getId();
		}
		return (value != null) ? value.toString() : null;
	}

}
