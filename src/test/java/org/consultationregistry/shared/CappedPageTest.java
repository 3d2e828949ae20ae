package org.consultationregistry.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of 25 rows, ten to a page, counted up to a limit. Where a page shows the end of the list its total needs no
 * count; elsewhere the list is counted, exactly up to the limit and as "more than the limit" beyond it.
 */
class CappedPageTest {

	private static final int ROWS = 25;

	private final List<Long> counts = new ArrayList<>();

	/** Counts the 25 rows as the database would, stopping at the number it is given; remembers each call. */
	private final LongUnaryOperator count = (stopAt) -> {
		this.counts.add(stopAt);
		return Math.min(ROWS, stopAt);
	};

	@Test
	void aFullPageWithMoreAfterItIsCountedExactlyUpToTheLimit() {
		CappedPage<Integer> page = CappedPage.of(slice(0), 25, this.count);

		assertThat(page.hasNext()).isTrue();
		assertThat(page.total()).isEqualTo(25);
		assertThat(page.totalCapped()).isFalse();
		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(this.counts).containsExactly(26L);
	}

	@Test
	void beyondTheLimitTheTotalIsTheLimitAndSaysSo() {
		CappedPage<Integer> page = CappedPage.of(slice(1), 24, this.count);

		assertThat(page.hasNext()).isTrue();
		assertThat(page.total()).isEqualTo(24);
		assertThat(page.totalCapped()).isTrue();
		assertThat(page.content()).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
	}

	@Test
	void theLastPageKnowsTheTotalWithoutCountingEvenBeyondTheLimit() {
		CappedPage<Integer> page = CappedPage.of(slice(2), 10, this.count);

		assertThat(page.hasNext()).isFalse();
		assertThat(page.total()).isEqualTo(25);
		assertThat(page.totalCapped()).isFalse();
		assertThat(this.counts).isEmpty();
	}

	@Test
	void aPageBeyondTheEndIsEmptyAndCounts() {
		CappedPage<Integer> page = CappedPage.of(slice(5), 100, this.count);

		assertThat(page.isEmpty()).isTrue();
		assertThat(page.hasNext()).isFalse();
		assertThat(page.total()).isEqualTo(25);
		assertThat(this.counts).containsExactly(101L);
	}

	@Test
	void anEmptyListNeedsNoCount() {
		CappedPage<Integer> page = CappedPage.of(new SliceImpl<>(List.of(), PageRequest.of(0, 10), false), 100,
				this.count);

		assertThat(page.total()).isZero();
		assertThat(page.totalPages()).isZero();
		assertThat(this.counts).isEmpty();
	}

	/** Page {@code number} of the 25 rows (0 to 24), as a query reading one row more than a page would give it. */
	private static SliceImpl<Integer> slice(int number) {
		List<Integer> rows = new ArrayList<>();
		for (int row = number * 10; row < Math.min(ROWS, number * 10 + 10); row++) {
			rows.add(row);
		}
		return new SliceImpl<>(rows, PageRequest.of(number, 10), (number + 1) * 10 < ROWS);
	}

}
