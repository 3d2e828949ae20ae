package org.consultationregistry.account;

import java.util.Map;

import org.consultationregistry.ConsultationRegistryApplication;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.consultationregistry.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal behind one load balancer: a second instance is started on its own port against the
 * same database. A browser signed in on one is recognised on the other, because sessions live in the database.
 */
@PortalTest
class SharedSessionsIT {

	private static final String OFFICIAL = "two-instances.official";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void aSignInOnOneInstanceIsRecognisedOnTheOtherAndSigningOutThereEndsIt() {
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(
				ConsultationRegistryApplication.class)
			.initializers(new TestDatabaseInitializer())
			.run("--server.port=0", "--server.address=127.0.0.1", "--registry.demo-data=false",
					"--registry.admin.password=" + PortalTest.ADMIN_PASSWORD)) {
			String secondInstance = "http://127.0.0.1:"
					+ ((WebServerApplicationContext) second).getWebServer().getPort();
			// Cookies are not bound to a port, so the same browser sends its session cookie to both instances.
			Portal browser = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);

			// A staff page: the second instance would send a stranger to sign in.
			assertThat(new Portal(this.port).get(secondInstance + "/sessions/new").statusCode()).isEqualTo(302);
			assertThat(browser.get(secondInstance + "/sessions/new").statusCode()).isEqualTo(200);

			// Signing out on the second instance ends the session on the first as well.
			browser.submit(secondInstance + "/sessions/new", secondInstance + "/logout", Map.of());
			assertThat(browser.get("/sessions/new").headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).endsWith("/login"));
		}
	}

}
