package org.consultationregistry.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every SQL statement the portal runs while it answers requests, whoever sends it: Hibernate, a JdbcTemplate, Spring
 * Session. The test portal's data source is wrapped by a datasource-proxy that writes each statement down here.
 * Only statements run on the web server's request threads are kept, so that the portal's background work (such as
 * clearing expired sessions) and a test's own set-up do not count.
 */
public final class SqlStatements {

	private static final List<String> executed = new CopyOnWriteArrayList<>();

	private SqlStatements() {
	}

	/** The statements the portal ran while {@code action} ran, in order. */
	public static List<String> during(Runnable action) {
		executed.clear();
		action.run();
		return new ArrayList<>(executed);
	}

	private static void record(List<QueryInfo> queries) {
		if (Thread.currentThread().getName().contains("-exec-")) {
			queries.forEach((query) -> executed.add(query.getQuery()));
		}
	}

	/** Wraps the portal's data source; {@link TestDatabaseInitializer} registers it. */
	static final class Recorder implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
				return ProxyDataSourceBuilder.create("portal", dataSource)
					.afterQuery((execution, queries) -> record(queries))
					.build();
			}
			return bean;
		}

	}

}
