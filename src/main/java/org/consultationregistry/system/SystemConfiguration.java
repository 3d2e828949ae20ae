package org.consultationregistry.system;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

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

	/**
	 * Always defined, and switched by {@code registry.database.create-if-missing} when the portal starts: a
	 * production start with Spring AOT fixes conditions on beans when the jar is built.
	 */
	@Bean
	static CreateDatabaseIfMissing createDatabaseIfMissing(Environment environment) {
		return new CreateDatabaseIfMissing(
				environment.getProperty("registry.database.create-if-missing", Boolean.class, true));
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

	/** The resource chain's links: see {@link StaticPathMatcher}. */
	@Bean
	static BeanPostProcessor staticPathMatcher() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ResourceUrlProvider links) {
					links.setPathMatcher(new StaticPathMatcher());
				}
				return bean;
			}

		};
	}

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutTimeouts() {
		return (configuration) -> configuration.dataSource(new MigrationConnections(configuration.getDataSource()));
	}

}
