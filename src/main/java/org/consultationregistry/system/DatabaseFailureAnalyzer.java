package org.consultationregistry.system;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Says plainly, when the portal cannot start because its database is out of reach, what is wrong and what happens
 * next: the portal stops with a non-zero exit code, for its supervisor (docker compose, systemd) to start it again.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		if (!DatabaseUnavailable.isCause(failure)) {
			return null;
		}
		return new FailureAnalysis("The portal cannot reach its PostgreSQL database, so it cannot start: "
				+ DatabaseUnavailable.innermost(failure).getMessage(), "Check that PostgreSQL is running and reachable at SPRING_DATASOURCE_URL with "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. The portal now stops (exit code "
						+ "1) so that its supervisor starts it again once the database is back.",
				failure);
	}

}
