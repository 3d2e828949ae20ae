package org.consultationregistry.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.consultationregistry.shared.BaseEntity;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Writes an audit event for every record Hibernate creates, changes or deletes, in the same transaction and through
 * the same connection, so that a change and its audit entry are committed or rolled back together. Only the
 * fields that changed are written, each as [before, after]; a change of {@code status} is recorded as a status
 * change.
 */
class AuditingListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener {

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

	/**
	 * A link table filled for a new record (the issues a new recommendation answers, an organisation's aliases):
	 * part of creating it.
	 */
	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		if (!event.getCollection().empty()) {
			recordCollection(event, AuditAction.CREATE, null);
		}
	}

	/** A link table changed on an existing record: the old contents against the new. */
	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		Object snapshot = event.getCollection().getStoredSnapshot();
		if (snapshot != null && event.getCollection().wasInitialized()) {
			recordCollection(event, AuditAction.UPDATE, snapshot);
		}
	}

	private void recordCollection(AbstractCollectionEvent event, AuditAction action, Object snapshot) {
		PersistentCollection<?> collection = event.getCollection();
		CollectionPersister persister = event.getSession()
			.getFactory()
			.getMappingMetamodel()
			.getCollectionDescriptor(collection.getRole());
		if (persister.isInverse() || !(event.getAffectedOwnerIdOrNull() instanceof Long ownerId)) {
			return;
		}
		String field = collection.getRole().substring(collection.getRole().lastIndexOf('.') + 1);
		Object before = (snapshot != null) ? contents(snapshot) : null;
		Object after = contents(collection.entries(persister));
		if (!Objects.equals(before, after)) {
			this.auditLog.record(action, persister.getOwnerEntityPersister().getMappedClass().getSimpleName(), ownerId,
					Map.of(field, new Object[] { before, after }));
		}
	}

	/** A collection's elements as text (records by their ids), sorted so that equal contents compare equal. */
	private static String contents(Object elements) {
		Iterator<?> items = (elements instanceof Map<?, ?> map) ? map.keySet().iterator()
				: (elements instanceof Iterable<?> iterable) ? iterable.iterator()
						: (elements instanceof Iterator<?> iterator) ? iterator : Collections.emptyIterator();
		List<String> values = new ArrayList<>();
		while (items.hasNext()) {
			Object item = items.next();
			Object element = (item instanceof Map.Entry<?, ?> entry) ? entry.getValue() : item;
			values.add(String.valueOf(readable(element)));
		}
		values.sort(null);
		return String.join(", ", values);
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
