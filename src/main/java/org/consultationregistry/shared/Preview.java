package org.consultationregistry.shared;

import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * The first few records of a list that may be long, with how many there are in all, counted only up to a cap: an
 * organisation's page shows twenty of each kind of record, and "more than 1,000" tells a reader as much as 12,000
 * would, without reading all of them on every visit.
 *
 * @param items the first records, in the list's order
 * @param total how many records there are; when {@code totalCapped}, the cap, which there are more than
 * @param totalCapped whether there are more records than the cap
 */
public record Preview<T>(List<T> items, long total, boolean totalCapped) {

	/**
	 * The first records and their total. A list shorter than the limit is its own total and is not counted;
	 * otherwise {@code countUpTo} is asked to count at most the number it is given (the cap and one more).
	 */
	public static <T> Preview<T> of(List<T> items, int limit, int cap, IntToLongFunction countUpTo) {
		if (items.size() < limit) {
			return new Preview<>(items, items.size(), false);
		}
		long counted = countUpTo.applyAsLong(cap + 1);
		return (counted > cap) ? new Preview<>(items, cap, true) : new Preview<>(items, counted, false);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/** Whether there are more records than those shown. */
	public boolean isPartial() {
		return this.totalCapped || this.total > this.items.size();
	}

}
