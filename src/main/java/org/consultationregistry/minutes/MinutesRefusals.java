package org.consultationregistry.minutes;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Shows a refused change to the minutes: next to the form field it concerns, or else above the minutes on the
 * session page, where the official or participant can see where the minutes stand.
 */
@ControllerAdvice(assignableTypes = { MinutesController.class, SuggestionController.class })
class MinutesRefusals {

	/** The flash attribute holding the key of a message about an action that was refused. */
	static final String PROBLEM = "minutesProblem";

	/** The flash attribute holding the key of a message about an action that was done. */
	static final String NOTICE = "minutesNotice";

	static final String BACK_TO_MINUTES = "redirect:/sessions/{id}#minutes";

	@ExceptionHandler(MinutesRefusedException.class)
	String refused(MinutesRefusedException refused, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put(PROBLEM, refused.getMessageCode());
		return BACK_TO_MINUTES;
	}

	/**
	 * Puts the refusal next to its field, if the form has that field.
	 * @return whether it did; if not, the caller lets the refusal go on to {@link #refused}
	 */
	static boolean nextToField(MinutesRefusedException refused, BindingResult result) {
		String field = refused.getReason().field();
		Object form = result.getTarget();
		if (field == null || form == null || !form.getClass().isRecord() || Arrays
			.stream(form.getClass().getRecordComponents())
			.noneMatch((component) -> component.getName().equals(field))) {
			return false;
		}
		result.rejectValue(field, refused.getMessageCode());
		return true;
	}

}
