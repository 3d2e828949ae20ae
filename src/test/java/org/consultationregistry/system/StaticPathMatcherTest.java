package org.consultationregistry.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.AntPathMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource chain's matcher answers exactly as Spring's own, for links to static files and for every other link
 * a page writes; it only says no sooner.
 */
class StaticPathMatcherTest {

	private static final List<String> PATTERNS = List.of("/static/**", "/webjars/**", "/**", "/favicon.ico",
			"/files/{name}.txt", "/a?c/**", "/docs/*/index.html");

	private static final List<String> LINKS = List.of("/static/css/registry.css", "/static", "/webjars/bootstrap/js/x.js",
			"/sessions/42", "/recommendations?status=ACCEPTED", "/", "", "/favicon.ico", "/favicon.icon",
			"/files/minutes.txt", "/files/minutes.pdf", "/abc/x", "/aXc/y", "/ac/z", "/docs/v1/index.html",
			"/docs/index.html", "/static-not/x.css", "https://example.org/static/x.css");

	@Test
	void everyLinkMatchesEveryPatternExactlyAsSpringsMatcherSays() {
		AntPathMatcher spring = new AntPathMatcher();
		StaticPathMatcher quick = new StaticPathMatcher();

		for (String pattern : PATTERNS) {
			for (String link : LINKS) {
				assertThat(quick.match(pattern, link)).as("%s against %s", link, pattern)
					.isEqualTo(spring.match(pattern, link));
			}
		}
	}

	@Test
	void aLinkToARecordIsNotTakenForAStaticFile() {
		StaticPathMatcher quick = new StaticPathMatcher();

		assertThat(quick.match("/static/**", "/sessions/42")).isFalse();
		assertThat(quick.match("/webjars/**", "/organisations/7")).isFalse();
		assertThat(quick.match("/static/**", "/static/css/registry.css")).isTrue();
	}

}
