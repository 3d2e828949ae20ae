package org.consultationregistry.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the {@link TestDatabase}, through a data source that writes down the
 * statements it runs ({@link SqlStatements}).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase database = TestDatabase.get();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username",
							database.username(), "spring.datasource.password", database.password(),
							"registry.database.create-if-missing", "false")));
		context.getBeanFactory().addBeanPostProcessor(new SqlStatements.Recorder());
	}

}
