package org.consultationregistry.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.util.AntPathMatcher;

/**
 * Tells the resource chain quickly that a link is not to a static file. Every link a page writes ({@code @{...}}:
 * the menu, each session, each status) passes through Spring's {@code ResourceUrlEncodingFilter}, which matches it
 * against every static path pattern to see whether it needs a versioned address. AntPathMatcher splits the link into
 * its segments to do that, and on the home page this took a thirteenth of the portal's time. A link that does not
 * begin with the part of the pattern before its first wildcard (less a separator just before it) cannot match it, so
 * this says no before splitting anything; links that might match are matched as before.
 */
class StaticPathMatcher extends AntPathMatcher {

	private final Map<String, String> literalStarts = new ConcurrentHashMap<>();

	@Override
	public boolean match(String pattern, String path) {
		return path.startsWith(literalStart(pattern)) && super.match(pattern, path);
	}

	private String literalStart(String pattern) {
		return this.literalStarts.computeIfAbsent(pattern, (whole) -> {
			int end = 0;
			while (end < whole.length() && "*?{".indexOf(whole.charAt(end)) < 0) {
				end++;
			}
			// "/static/**" matches "/static" too: the separator before a wildcard may be missing.
			while (end > 0 && end < whole.length() && whole.charAt(end - 1) == '/') {
				end--;
			}
			return whole.substring(0, end);
		});
	}

}
