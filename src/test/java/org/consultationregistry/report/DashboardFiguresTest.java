package org.consultationregistry.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.consultationregistry.recommendation.RecommendationReports.DecisionTimes;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures are counted once and shown again until they are older than their maximum age, with the
 * time they were counted; an age of zero counts them on every visit.
 */
class DashboardFiguresTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T13:32:00Z"), ZoneId.of("Asia/Karachi"));

	@Test
	void figuresAreCountedOnceWithinTheirMaximumAge() {
		CountingDashboard dashboard = new CountingDashboard();
		DashboardFigures figures = new DashboardFigures(dashboard, Duration.ofMinutes(5), CLOCK);

		DashboardFigures.Counted first = figures.current();
		DashboardFigures.Counted again = figures.current();

		assertThat(dashboard.counts).isEqualTo(1);
		assertThat(again).isSameAs(first);
		assertThat(first.countedAt()).isEqualTo(CLOCK.instant());
	}

	@Test
	void aMaximumAgeOfZeroCountsThemOnEveryVisit() {
		CountingDashboard dashboard = new CountingDashboard();
		DashboardFigures figures = new DashboardFigures(dashboard, Duration.ZERO, CLOCK);

		figures.current();
		figures.current();

		assertThat(dashboard.counts).isEqualTo(2);
	}

	/** A dashboard whose counting only counts how often it is asked; it never reaches a database. */
	static class CountingDashboard extends Dashboard {

		int counts;

		CountingDashboard() {
			super(null, null, null, new DriverManagerDataSource(), CLOCK);
		}

		@Override
		Figures figures() {
			this.counts++;
			return new Figures(Map.of(), Map.of(), new SessionsOverTime(List.of(), List.of()), new DecisionTimes(0, null, null, null, List.of()),
					List.of());
		}

	}

}
