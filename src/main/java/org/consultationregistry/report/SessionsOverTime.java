package org.consultationregistry.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.consultationregistry.session.SessionReports.MonthCount;

/**
 * The sessions held over time, as the dashboard charts them: month by month over the last two years, and year by
 * year since the first session. A month or year without a session is there with none, so that the line drops to
 * zero instead of running straight past it. Ten years of monthly figures would be 120 points on a line and 120 rows
 * in the table under it; the years keep the long view.
 */
record SessionsOverTime(List<MonthCount> months, List<YearCount> years) {

	/** How many months the monthly chart covers. */
	static final int MONTHS = 24;

	record YearCount(int year, long sessions) {
	}

	/**
	 * @param held sessions per month, oldest first, months without one left out
	 * @param now this month: the months end with it, or with the last month that has a session planned if later
	 */
	static SessionsOverTime of(List<MonthCount> held, YearMonth now) {
		if (held.isEmpty()) {
			return new SessionsOverTime(List.of(), List.of());
		}
		YearMonth first = held.get(0).month();
		YearMonth last = held.get(held.size() - 1).month();
		if (now.isAfter(last)) {
			last = now;
		}
		Map<YearMonth, Long> perMonth = held.stream()
			.collect(Collectors.toMap(MonthCount::month, MonthCount::sessions));
		List<MonthCount> months = new ArrayList<>();
		YearMonth from = last.minusMonths(MONTHS - 1);
		for (YearMonth month = from.isBefore(first) ? first : from; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(new MonthCount(month, perMonth.getOrDefault(month, 0L)));
		}
		Map<Integer, Long> perYear = held.stream()
			.collect(Collectors.groupingBy((count) -> count.month().getYear(),
					Collectors.summingLong(MonthCount::sessions)));
		List<YearCount> years = new ArrayList<>();
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			years.add(new YearCount(year, perYear.getOrDefault(year, 0L)));
		}
		return new SessionsOverTime(List.copyOf(months), List.copyOf(years));
	}

}
