package org.consultationregistry.recommendation;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * A form the service refused for reasons only it can judge against the registry: a date before the session, an
 * issue or organisation that is not on offer, a status move that is not allowed. Nothing was saved; each reason
 * belongs next to one field of the form.
 */
class RejectedEntryException extends RuntimeException {

	private final List<Rejection> rejections;

	RejectedEntryException(List<Rejection> rejections) {
		super("Refused: "
				+ rejections.stream().map((rejection) -> rejection.field() + " " + rejection.code()).toList());
		this.rejections = List.copyOf(rejections);
	}

	/** Puts each reason next to its field, for the form to be shown again. */
	void rejectIn(BindingResult binding) {
		this.rejections.forEach((rejection) -> binding.rejectValue(rejection.field(), rejection.code(),
				rejection.arguments(), null));
	}

	/**
	 * @param code the message key of the reason
	 * @param arguments for the message, which may themselves be message keys to resolve
	 */
	record Rejection(String field, String code, Object... arguments) {
	}

}
