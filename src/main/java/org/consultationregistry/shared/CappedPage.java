package org.consultationregistry.shared;

import java.util.Iterator;
import java.util.List;
import java.util.function.LongUnaryOperator;

import org.springframework.data.domain.Slice;

/**
 * One page of a long list, with how many there are in all counted only up to a limit: beyond it, an exact count
 * would read every row on every request (tens of thousands of sessions, half a million recommendations) to tell the
 * reader little more than "many". Whether there is a next page is always known exactly: the page is read with one row
 * more than it shows.
 *
 * @param number the page's number, from 0
 * @param size how many rows a page shows
 * @param total how many there are in all: exact unless {@code totalCapped}, then the limit, of which there are more
 */
public record CappedPage<T>(List<T> content, int number, int size, boolean hasNext, long total,
		boolean totalCapped) implements Iterable<T> {

	/**
	 * @param slice the page as read
	 * @param limit how many to count at most
	 * @param count counts the whole list, stopping at the number it is given: called only when the page itself does
	 * not tell where the list ends
	 */
	public static <T> CappedPage<T> of(Slice<T> slice, int limit, LongUnaryOperator count) {
		List<T> content = slice.getContent();
		long offset = (long) slice.getNumber() * slice.getSize();
		// The last page, or a first page with nothing on it, ends the list: its total is known without counting.
		boolean endsTheList = !slice.hasNext() && (!content.isEmpty() || slice.getNumber() == 0);
		long total = endsTheList ? offset + content.size() : count.applyAsLong(limit + 1L);
		boolean capped = !endsTheList && total > limit;
		return new CappedPage<>(content, slice.getNumber(), slice.getSize(), slice.hasNext(),
				capped ? limit : total, capped);
	}

	public boolean isEmpty() {
		return this.content.isEmpty();
	}

	public boolean isFirst() {
		return this.number == 0;
	}

	/** How many pages there are in all; when the total is capped, how many the limit fills. */
	public int totalPages() {
		return (this.size == 0) ? 1 : (int) Math.ceil((double) this.total / this.size);
	}

	@Override
	public Iterator<T> iterator() {
		return this.content.iterator();
	}

}
