package org.consultationregistry.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises one-off start-up work (creating the first admin, loading demo data) across several instances of the
 * portal starting against the same database, so that two of them never both decide the database is empty.
 */
@Component
public class StartupLock {

	private final JdbcTemplate jdbc;

	StartupLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes a PostgreSQL advisory lock named {@code task}, held until the caller's transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void acquire(String task) {
		this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (rs) -> {
		}, task);
	}

}
