package org.consultationregistry.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with the portal's error page when a request fails because the database cannot be reached, wherever
 * it failed: in a page's service, or before any controller ran, loading the signed-in visitor's session. It sits in
 * front of every other filter, so it also catches the session's failures, and the page it forwards to is rendered
 * without the session (which lives in the database): the visitor sees it as if signed out. A write that was in
 * flight was rolled back, or committed completely if the database received its commit; the page says so.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/** How long the page asks browsers and scripts to wait before trying again, in seconds. */
	static final String RETRY_AFTER = "10";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (!DatabaseUnavailable.isCause(failure)) {
				throw failure;
			}
			if (response.isCommitted()) {
				// The answer is already on its way, its status set: a redirect after a saved write, say, whose
				// visitor's session then failed to save. Passed on, the failure would be logged as a server error
				// and could reach the visitor as a 500 in place of what was answered.
				logger.warn("The database could not be reached after answering {} {}: {}", request.getMethod(),
						request.getRequestURI(), DatabaseUnavailable.innermost(failure).toString());
				return;
			}
			logger.warn("The database could not be reached while answering {} {}: {}", request.getMethod(),
					request.getRequestURI(), DatabaseUnavailable.innermost(failure).toString());
			// Headers of the page that failed (its content type above all) must not pass for the error page's.
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", RETRY_AFTER);
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			request.getRequestDispatcher("/error").forward(request, response);
		}
	}

}
