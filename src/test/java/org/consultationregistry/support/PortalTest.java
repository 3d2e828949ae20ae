package org.consultationregistry.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal, started on a random loopback port against the {@link TestDatabase}, with the demo consultation
 * loaded. Test classes with this annotation share one running portal.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// Tests check the home page's totals and the dashboard right after changing the registry: count them on every
		// visit.
		properties = { "server.address=127.0.0.1", "registry.demo-data=true",
				"registry.admin.password=" + PortalTest.ADMIN_PASSWORD, "registry.home.totals-max-age=0s",
				"registry.dashboard.figures-max-age=0s",
				"spring.jpa.properties.hibernate.query.sqm.translator="
						+ "org.consultationregistry.support.CountingSqmTranslatorFactory" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PortalTest {

	String ADMIN_PASSWORD = "correct horse battery staple";

}
