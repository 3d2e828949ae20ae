package org.consultationregistry.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a conflict page shows: the fields where the version now saved differs from the official's form, side by
 * side, so the official can see what changed before saving their text again.
 */
public record EditConflict(List<Difference> differences) {

	/** Form fields that are bookkeeping, not something an official wrote. */
	private static final Set<String> BOOKKEEPING = Set.of("token", "version");

	public record Difference(String field, Object theirs, Object yours) {
	}

	/**
	 * Compares two forms of the same record type field by field.
	 */
	public static <F extends Record> EditConflict between(F theirs, F yours) {
		List<Difference> differences = new ArrayList<>();
		for (RecordComponent component : theirs.getClass().getRecordComponents()) {
			if (BOOKKEEPING.contains(component.getName())) {
				continue;
			}
			Object their = blankToNull(value(component, theirs));
			Object your = blankToNull(value(component, yours));
			if (!Objects.equals(their, your)) {
				differences.add(new Difference(component.getName(), their, your));
			}
		}
		return new EditConflict(differences);
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

	private static Object blankToNull(Object value) {
		return (value instanceof String text && text.isBlank()) ? null : value;
	}

}
