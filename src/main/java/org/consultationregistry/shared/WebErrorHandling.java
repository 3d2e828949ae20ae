package org.consultationregistry.shared;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers that no controller gives by itself, both 409: a save that lost a race with another official's, where the
 * feature has no conflict page of its own for it; and a step the record's current state no longer allows (an
 * entity refusing it), such as marking a session held a second time from a page left open.
 */
@ControllerAdvice
class WebErrorHandling {

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, StaleEditException.class,
			IllegalStateException.class })
	ModelAndView conflict() {
		ModelAndView error = new ModelAndView("error", HttpStatus.CONFLICT);
		error.addObject("status", HttpStatus.CONFLICT.value());
		return error;
	}

}
