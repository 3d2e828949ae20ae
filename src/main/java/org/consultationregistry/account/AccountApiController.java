package org.consultationregistry.account;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;
import org.consultationregistry.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opening accounts from a script, for onboarding many stakeholder representatives at once. Admins only (see
 * SecurityConfiguration and Accounts.open).
 */
@RestController
class AccountApiController {

	private final Accounts accounts;

	private final MessageSource messages;

	AccountApiController(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/**
	 * @param organisationId the organisation a stakeholder speaks for
	 * @param initialPassword the password the holder signs in with first; they are asked to change it then
	 */
	record NewAccount(@NotBlank @Size(max = 60) @CleanText String username,
			@NotBlank @Size(max = 120) @CleanText String displayName, @NotNull Role role, Long organisationId,
			@NotBlank @Size(max = 200) String initialPassword) {
	}

	record OpenedAccount(long id, String username, Role role) {
	}

	@PostMapping("/api/v1/accounts")
	ResponseEntity<OpenedAccount> open(@Valid @RequestBody NewAccount account) {
		UserAccount opened = this.accounts.openFromApi(account.username(), account.displayName(),
				account.initialPassword(), account.role(), account.organisationId());
		return ResponseEntity.created(URI.create("/admin/accounts/" + opened.getId()))
			.body(new OpenedAccount(opened.getId(), opened.getUsername(), opened.getRole()));
	}

	/** A value the service cannot use (taken username, weak password, unknown organisation): 400, saying which. */
	@ExceptionHandler(FieldProblem.class)
	ProblemDetail refused(FieldProblem problem) {
		return problem.toProblemDetail(this.messages, "field");
	}

}
