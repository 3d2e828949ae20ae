package org.consultationregistry.shared;

import org.springframework.validation.BindingResult;

/**
 * Puts a {@link FieldProblem} found while saving next to its field, like any validation error.
 */
public final class FieldProblems {

	private FieldProblems() {
	}

	public static void reject(BindingResult result, FieldProblem problem) {
		result.rejectValue(problem.getField(), problem.getCode(), problem.getArguments(), null);
	}

}
