package org.consultationregistry.shared;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A form value that passed validation but cannot be used, found while saving (for example a name that matches no
 * organisation). The transaction is rolled back and the controller shows the message next to the field.
 */
public class FieldProblem extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	public FieldProblem(String field, String code, Object... arguments) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String getField() {
		return this.field;
	}

	/** The message key, looked up in messages.properties. */
	public String getCode() {
		return this.code;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

	/**
	 * The answer of a JSON API to this problem: 400, with the message in the reader's language and the name of what
	 * was refused under {@code property} (a form's {@code field}, a list's {@code parameter}).
	 */
	public ProblemDetail toProblemDetail(MessageSource messages, String property) {
		ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		detail.setDetail(messages.getMessage(this.code, this.arguments, this.code, LocaleContextHolder.getLocale()));
		detail.setProperties(Map.of(property, this.field));
		return detail;
	}

}
