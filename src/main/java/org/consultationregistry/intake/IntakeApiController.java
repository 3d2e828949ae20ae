package org.consultationregistry.intake;

import org.consultationregistry.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake's reading for scripts: {@code POST /api/v1/intake} with the text as a {@code text/plain} body, for
 * officials and admins over HTTP Basic (see SecurityConfiguration). Nothing is saved.
 */
@RestController
class IntakeApiController {

	private final IntakeService intake;

	private final MessageSource messages;

	IntakeApiController(IntakeService intake, MessageSource messages) {
		this.intake = intake;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/intake", consumes = MediaType.TEXT_PLAIN_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	IntakeResult read(@RequestBody(required = false) String text) {
		return this.intake.read(DocumentText.pasted(text), "text").result();
	}

	/** Text it cannot read (empty, too long, not text, no session in it): 400, saying why. */
	@ExceptionHandler(FieldProblem.class)
	ProblemDetail refused(FieldProblem problem) {
		return problem.toProblemDetail(this.messages, "field");
	}

}
