package org.consultationregistry.shared;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers that no controller gives by itself: a save that lost a race with another official's (409), where the
 * feature has no conflict page of its own for it.
 */
@ControllerAdvice
class WebErrorHandling {

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, StaleEditException.class })
	ModelAndView conflict() {
		ModelAndView error = new ModelAndView("error", HttpStatus.CONFLICT);
		error.addObject("status", HttpStatus.CONFLICT.value());
		return error;
	}

}
