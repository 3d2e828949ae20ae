package org.consultationregistry.system;

import java.util.Arrays;

import org.consultationregistry.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration applies, in order, to a database that has never seen the registry.
 */
class MigrationIT {

	private final TestDatabase server = TestDatabase.get();

	private final String database = "registry_migration_" + ProcessHandle.current().pid();

	@BeforeEach
	void createEmptyDatabase() {
		this.server.create(this.database);
	}

	@AfterEach
	void dropIt() {
		this.server.drop(this.database);
	}

	@Test
	void allMigrationsApplyToAnEmptyDatabase() throws Exception {
		int migrationFiles = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		Flyway flyway = Flyway.configure()
			.dataSource(this.server.urlOf(this.database), this.server.username(), this.server.password())
			.locations("classpath:db/migration")
			.load();

		int applied = flyway.migrate().migrationsExecuted;

		assertThat(applied).isEqualTo(migrationFiles).isPositive();
		assertThat(Arrays.stream(flyway.info().all()).map(MigrationInfo::getState))
			.containsOnly(MigrationState.SUCCESS);
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
	}

}
