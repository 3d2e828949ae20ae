package org.consultationregistry.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as last counted. Counting them reads every recommendation, status change and participant
 * (seconds at ten years' size), far too slow for every visit; figures a few minutes old are good enough for a
 * dashboard, which says when they were counted. Each instance keeps its own. While one request counts them again,
 * others are shown the figures it replaces rather than count them too.
 */
@Component
class DashboardFigures {

	private final Dashboard dashboard;

	private final Duration maxAge;

	private final Clock clock;

	private final ReentrantLock counting = new ReentrantLock();

	private volatile Counted last;

	DashboardFigures(Dashboard dashboard, @Value("${registry.dashboard.figures-max-age}") Duration maxAge,
			@Qualifier("registryClock") Clock clock) {
		this.dashboard = dashboard;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	Counted current() {
		Counted known = this.last;
		if (known != null && isFresh(known)) {
			return known;
		}
		if (known == null) {
			this.counting.lock();
		}
		else if (!this.counting.tryLock()) {
			return known;
		}
		try {
			known = this.last;
			if (known != null && isFresh(known)) {
				return known;
			}
			Instant countedAt = this.clock.instant();
			long started = System.nanoTime();
			Counted counted = new Counted(this.dashboard.figures(), countedAt, started);
			this.last = counted;
			return counted;
		}
		finally {
			this.counting.unlock();
		}
	}

	private boolean isFresh(Counted counted) {
		return System.nanoTime() - counted.nanoTime() < this.maxAge.toNanos();
	}

	/**
	 * @param countedAt when the counting began
	 * @param nanoTime the same moment on {@link System#nanoTime()}, to tell the figures' age by
	 */
	record Counted(Dashboard.Figures figures, Instant countedAt, long nanoTime) {
	}

}
