package org.consultationregistry.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

}
