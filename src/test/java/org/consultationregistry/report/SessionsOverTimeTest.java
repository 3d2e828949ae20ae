package org.consultationregistry.report;

import java.time.YearMonth;
import java.util.List;

import org.consultationregistry.report.SessionsOverTime.YearCount;
import org.consultationregistry.session.SessionReports.MonthCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard charts the sessions month by month over the last two years and year by year since the first one,
 * with the quiet months and years at zero.
 */
class SessionsOverTimeTest {

	@Test
	void aLongRecordShowsItsLastTwoYearsByMonthAndEveryYearSinceTheFirst() {
		List<MonthCount> held = List.of(count("2019-03", 2), count("2019-11", 1), count("2023-06", 4),
				count("2025-01", 3), count("2026-10", 1), count("2026-12", 1));

		SessionsOverTime overTime = SessionsOverTime.of(held, YearMonth.parse("2026-11"));

		// A session planned for next month is part of the chart, so the months end there.
		assertThat(overTime.months()).hasSize(SessionsOverTime.MONTHS);
		assertThat(overTime.months().get(0)).isEqualTo(count("2025-01", 3));
		assertThat(overTime.months().get(1)).isEqualTo(count("2025-02", 0));
		assertThat(overTime.months().get(SessionsOverTime.MONTHS - 1)).isEqualTo(count("2026-12", 1));
		assertThat(overTime.months()).extracting(MonthCount::sessions).containsOnly(0L, 1L, 3L);
		assertThat(overTime.years()).containsExactly(new YearCount(2019, 3), new YearCount(2020, 0),
				new YearCount(2021, 0), new YearCount(2022, 0), new YearCount(2023, 4), new YearCount(2024, 0),
				new YearCount(2025, 3), new YearCount(2026, 2));
	}

	@Test
	void aYoungRecordStartsWithItsFirstSessionAndRunsToThisMonth() {
		SessionsOverTime overTime = SessionsOverTime.of(List.of(count("2026-09", 2)), YearMonth.parse("2026-11"));

		assertThat(overTime.months()).containsExactly(count("2026-09", 2), count("2026-10", 0), count("2026-11", 0));
		assertThat(overTime.years()).containsExactly(new YearCount(2026, 2));
	}

	@Test
	void anEmptyRecordHasNothingToChart() {
		SessionsOverTime overTime = SessionsOverTime.of(List.of(), YearMonth.parse("2026-11"));

		assertThat(overTime.months()).isEmpty();
		assertThat(overTime.years()).isEmpty();
	}

	private static MonthCount count(String month, long sessions) {
		return new MonthCount(YearMonth.parse(month), sessions);
	}

}
