package org.consultationregistry.system;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/**
	 * The board's clock. Times are stored in UTC and shown in the board's own time zone; templates read the zone as
	 * {@code @registryClock.zone}.
	 */
	@Bean
	Clock registryClock(@Value("${registry.time-zone}") ZoneId zone) {
		return Clock.system(zone);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "registry.database.create-if-missing", matchIfMissing = true)
	static CreateDatabaseIfMissing createDatabaseIfMissing() {
		return new CreateDatabaseIfMissing();
	}

	/**
	 * In front of every other filter (the session's included), for the original request only: the error page it
	 * forwards to must not pass through it again.
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	DatabaseUnavailableResolver databaseUnavailableResolver() {
		return new DatabaseUnavailableResolver();
	}

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutTimeouts() {
		return (configuration) -> configuration.dataSource(new MigrationConnections(configuration.getDataSource()));
	}

}
