package org.consultationregistry.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 503 with the portal's error page when a controller fails because the database cannot be reached. It runs
 * before Spring MVC's own handling, which would otherwise take a connection the database dropped (an
 * {@code EOFException} deep in the causes) for a browser that went away, and answer an empty 200.
 * {@link DatabaseUnavailableFilter} catches the failures that happen outside the controllers.
 */
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!DatabaseUnavailable.isCause(failure)) {
			return null;
		}
		logger.warn("The database could not be reached while answering {} {}: {}", request.getMethod(),
				request.getRequestURI(), DatabaseUnavailable.innermost(failure).toString());
		response.setHeader("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER);
		ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return page;
	}

	/** Before Spring Boot's error attributes and Spring MVC's resolvers. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
