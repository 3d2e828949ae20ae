package org.consultationregistry.shared;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a request naming a row of a form list beyond the binder's limit ({@code participants[99999]}).
 * No form has that many rows, and Spring's constructor binding fails on such an index with an exception instead of
 * a binding error.
 */
@Component
public class IndexedFieldLimit extends OncePerRequestFilter {

	/** Spring's DataBinder grows a bound list to at most this many elements. */
	static final int MOST_ROWS = 256;

	private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
			// Uploads carry no indexed fields; reading their parameters here would read the whole upload too early.
			chain.doFilter(request, response);
			return;
		}
		for (String name : request.getParameterMap().keySet()) {
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				if (Integer.parseInt(index.group(1)) >= MOST_ROWS) {
					response.sendError(HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
			}
			if (name.matches(".*\\[\\d{10,}].*")) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
