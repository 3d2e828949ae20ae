package org.consultationregistry.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.recommendation.RecommendationReports;
import org.consultationregistry.recommendation.RecommendationReports.DecisionTimes;
import org.consultationregistry.recommendation.RecommendationReports.OverdueBody;
import org.consultationregistry.recommendation.RecommendationReports.OverdueItem;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.SessionReports;
import org.consultationregistry.session.SessionReports.ActiveOrganisation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the staff pages: the dashboard (recommendations by status and by theme, sessions over time, how
 * long decisions take, the most active organisations) and the accountability clock (what is overdue, by the body
 * that must act).
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

	/** How many organisations the dashboard names as the most active. */
	private static final int MOST_ACTIVE = 10;

	/** How long each statement of a recount may take, in seconds. */
	private static final int TIME_LIMIT_SECONDS = 30;

	private final Recommendations recommendations;

	private final RecommendationReports reports;

	private final SessionReports sessions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Dashboard(Recommendations recommendations, RecommendationReports reports, SessionReports sessions,
			DataSource dataSource, @Qualifier("registryClock") Clock clock) {
		this.recommendations = recommendations;
		this.reports = reports;
		this.sessions = sessions;
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
	}

	/**
	 * Counts the figures afresh. Each is a pass over a whole table (half a million recommendations, a million
	 * participants after ten years), which is why {@link DashboardFigures} keeps them for a while; since this runs
	 * at most once per {@code registry.dashboard.figures-max-age} per instance, its statements may each take up to
	 * {@value #TIME_LIMIT_SECONDS} s instead of the 5 s a page's statement is otherwise allowed, so that the figures
	 * can still be counted on a busy database (the pool restores the connection's limits when it is returned).
	 */
	Figures figures() {
		this.jdbc.execute("set local statement_timeout = '" + TIME_LIMIT_SECONDS + "s'");
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			connection.setNetworkTimeout(Runnable::run, (TIME_LIMIT_SECONDS + 5) * 1000);
			return null;
		});
		return new Figures(this.recommendations.countByStatus(Audience.STAFF),
				this.reports.countByTheme(Audience.STAFF),
				SessionsOverTime.of(this.sessions.heldPerMonth(Audience.STAFF), YearMonth.now(this.clock)),
				this.reports.decisionTimes(Audience.STAFF), this.sessions.mostActive(Audience.STAFF, MOST_ACTIVE));
	}

	/** One page of the bodies with something overdue today, alphabetically, those with none named last. */
	Page<OverdueBody> overdueBodies(Pageable pageable) {
		return this.reports.overdueBodies(LocalDate.now(this.clock), pageable);
	}

	/**
	 * What one body has overdue today, one page of it, the longest overdue first; empty when there is no such
	 * organisation.
	 * @param bodyId {@code null} for the items no body is named for
	 */
	Optional<OverdueGroup> overdueOf(Long bodyId, Pageable pageable) {
		LocalDate today = LocalDate.now(this.clock);
		return this.reports.overdueBody(bodyId, today).map((body) -> {
			List<OverdueLine> lines = new ArrayList<>();
			for (OverdueItem item : this.reports.overdueOf(bodyId, today, pageable)) {
				Long quiet = (item.lastMovement() != null) ? ChronoUnit.DAYS
					.between(LocalDate.ofInstant(item.lastMovement(), this.clock.getZone()), today) : null;
				lines.add(new OverdueLine(item, ChronoUnit.DAYS.between(item.dueDate(), today), quiet));
			}
			return new OverdueGroup(body, new PageImpl<>(lines, pageable, body.total()));
		});
	}

	/** The dashboard's numbers; each chart is drawn from the table of the same numbers. */
	record Figures(Map<RecommendationStatus, Long> byStatus, Map<IssueCategory, Long> byTheme,
			SessionsOverTime sessionsOverTime, DecisionTimes decisionTimes, List<ActiveOrganisation> mostActive) {

		/** The bands of {@link DecisionTimes#bands()} with their message keys, in order. */
		public List<Map.Entry<String, Long>> decisionBands() {
			List<String> keys = List.of("report.dashboard.decision.band.month", "report.dashboard.decision.band.quarter",
					"report.dashboard.decision.band.halfYear", "report.dashboard.decision.band.year",
					"report.dashboard.decision.band.longer");
			List<Map.Entry<String, Long>> bands = new ArrayList<>();
			for (int i = 0; i < keys.size(); i++) {
				bands.add(Map.entry(keys.get(i), this.decisionTimes.bands().get(i)));
			}
			return bands;
		}

	}

	/** A body's overdue items, counted, and one page of them. */
	record OverdueGroup(OverdueBody body, Page<OverdueLine> lines) {
	}

	/**
	 * @param daysOverdue days since the due date (or target date) passed
	 * @param daysSinceMovement days since the recommendation last moved, {@code null} if never
	 */
	record OverdueLine(OverdueItem item, long daysOverdue, Long daysSinceMovement) {
	}

}
