package org.consultationregistry.system;

import java.util.ArrayList;
import java.util.List;

import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stylesheets and scripts come from the portal itself (never a CDN), with content-hashed names so browsers can
 * cache them for a year; and the resource chain only ever looks at links to static files.
 */
@PortalTest
class StaticResourcesIT {

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider resourceUrlProvider;

	@Test
	void pagesLinkVersionedAssetsServedByThePortal() {
		Portal portal = new Portal(this.port);
		Document home = portal.page("/");

		assertThat(home.select("link[rel=stylesheet]").eachAttr("href")).hasSize(2)
			.allMatch((href) -> href.matches("/(webjars|static)/.+-[0-9a-f]{32}\\.css"));
		assertThat(home.select("script[src]").eachAttr("src"))
			.allMatch((src) -> src.matches("/(webjars|static)/.+-[0-9a-f]{32}\\.js"));
		List<String> assets = new ArrayList<>(home.select("link[href]").eachAttr("href"));
		assets.addAll(home.select("script[src]").eachAttr("src"));
		assertThat(assets).allSatisfy((asset) -> assertThat(portal.get(asset).statusCode()).isEqualTo(200));
	}

	@Test
	void theResourceChainCoversOnlyTheStaticPaths() {
		assertThat(this.resourceUrlProvider.getHandlerMap().keySet()).contains("/static/**", "/webjars/**")
			// springdoc adds the files of the open-data API's Swagger UI page, under their own paths.
			.allMatch((pattern) -> pattern.startsWith("/static/") || pattern.startsWith("/webjars/")
					|| pattern.startsWith("/api/v1/swagger-ui/"));
		assertThat(this.resourceUrlProvider.getForLookupPath("/sessions/1")).isNull();
	}

}
