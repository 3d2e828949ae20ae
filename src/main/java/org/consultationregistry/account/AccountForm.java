package org.consultationregistry.account;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;

/**
 * What an admin fills in to open an account or correct one. The username is chosen once, when the account is
 * opened. The organisation and the person are typed (or picked from suggestions, which fills in their ids).
 *
 * Public because the conflict page compares two of them field by field ({@code EditConflict}).
 *
 * @param token one-time token of the create form, so that submitting it twice opens one account
 * @param version the version of the account the edit form was loaded from ({@code null} when creating)
 */
public record AccountForm(UUID token, Long version,
		@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]{3,60}",
				message = "{account.username.pattern}") String username,
		@NotBlank @Size(max = 120) @CleanText String displayName,
		@NotNull Role role,
		Long organisationId,
		@Size(max = 200) @CleanText String organisationName,
		Long personId,
		@Size(max = 200) @CleanText String personName) {

	static AccountForm blank() {
		return new AccountForm(UUID.randomUUID(), null, null, null, null, null, null, null, null);
	}

	static AccountForm of(UserAccount account) {
		return new AccountForm(null, account.getVersion(), account.getUsername(), account.getDisplayName(),
				account.getRole(), (account.getOrganisation() != null) ? account.getOrganisation().getId() : null,
				(account.getOrganisation() != null) ? account.getOrganisation().getName() : null,
				(account.getPerson() != null) ? account.getPerson().getId() : null,
				(account.getPerson() != null) ? account.getPerson().getDisplayName() : null);
	}

	/** The same answers, to be saved over the version now in the database. */
	AccountForm basedOn(long currentVersion) {
		return new AccountForm(this.token, currentVersion, this.username, this.displayName, this.role,
				this.organisationId, this.organisationName, this.personId, this.personName);
	}

}
