package org.consultationregistry.intake;

import java.util.List;

import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FieldProblems;
import org.springframework.validation.BindingResult;

/**
 * A review the registry could not save as it stands: each problem names the row and field it belongs to
 * ({@code participants[2].organisationName}). Nothing was saved.
 */
class IntakeRejectedException extends RuntimeException {

	private final List<FieldProblem> problems;

	IntakeRejectedException(List<FieldProblem> problems) {
		super("Review refused: " + problems.stream().map(FieldProblem::getMessage).toList());
		this.problems = List.copyOf(problems);
	}

	void rejectIn(BindingResult result) {
		this.problems.forEach((problem) -> FieldProblems.reject(result, problem));
	}

}
