package org.consultationregistry.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes sure the portal's database exists before the connection pool and Flyway first use it, unless switched off.
 */
class CreateDatabaseIfMissing implements BeanPostProcessor {

	private final boolean enabled;

	CreateDatabaseIfMissing(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (this.enabled && bean instanceof HikariDataSource dataSource) {
			PostgresDatabase.createIfMissing(dataSource.getJdbcUrl(), dataSource.getUsername(),
					dataSource.getPassword());
		}
		return bean;
	}

}
