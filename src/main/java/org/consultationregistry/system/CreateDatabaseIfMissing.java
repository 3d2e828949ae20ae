package org.consultationregistry.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes sure the portal's database exists before the connection pool and Flyway first use it.
 */
class CreateDatabaseIfMissing implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource) {
			PostgresDatabase.createIfMissing(dataSource.getJdbcUrl(), dataSource.getUsername(),
					dataSource.getPassword());
		}
		return bean;
	}

}
