package org.consultationregistry.account;

import java.net.http.HttpHeaders;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page tells the browser to run only the portal's own scripts and styles, not to guess content types, not to
 * pass the address on to other sites, and not to show the page inside another site's frame.
 */
@PortalTest
class SecurityHeadersIT {

	@LocalServerPort
	int port;

	@Test
	void pagesCarryTheSecurityHeaders() {
		HttpHeaders headers = new Portal(this.port).get("/").headers();

		assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying((policy) -> assertThat(policy)
			.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
					"frame-ancestors 'none'", "form-action 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void thePagesScriptsAndStylesComeFromThePortalItself() {
		Portal visitor = new Portal(this.port);
		var page = visitor.page("/sessions");

		// What the policy allows must still be there: Bootstrap's script and the portal's own, as files.
		assertThat(page.select("script")).isNotEmpty().allSatisfy((script) -> {
			assertThat(script.attr("src")).startsWith("/");
			assertThat(visitor.get(script.attr("src")).statusCode()).isEqualTo(200);
		});
		assertThat(page.select("link[rel=stylesheet]")).isNotEmpty()
			.allSatisfy((style) -> assertThat(visitor.get(style.attr("href")).statusCode()).isEqualTo(200));
	}

}
