package org.consultationregistry.shared;

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

}
