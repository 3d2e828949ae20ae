package org.consultationregistry.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Hands a controller's failure to reach the database to {@link DatabaseUnavailableFilter}, which answers 503 with the
 * portal's error page. It runs before Spring MVC's own handling, which would otherwise take a connection the database
 * dropped (an {@code EOFException} deep in the causes) for a browser that went away, and answer an empty 200. The
 * page is not drawn here: drawn inside the request, it would commit the visitor's session on its way out, which
 * lives in the database that is gone, and that failure would turn the 503 into a 500.
 */
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!DatabaseUnavailable.isCause(failure)) {
			return null;
		}
		throw new DatabaseUnavailableException(failure);
	}

	/** Before Spring Boot's error attributes and Spring MVC's resolvers. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
