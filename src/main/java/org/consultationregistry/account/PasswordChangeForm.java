package org.consultationregistry.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A signed-in holder choosing a new password: the current one to prove it is them, and the new one twice. How
 * long and how common the new one may be is checked by the {@link PasswordPolicy} when it is saved. Passwords are
 * never shown back in the form.
 */
public record PasswordChangeForm(@NotBlank @Size(max = 200) String currentPassword,
		@NotBlank @Size(max = 200) String newPassword,
		@NotBlank @Size(max = 200) String repeatPassword) {

	static PasswordChangeForm blank() {
		return new PasswordChangeForm(null, null, null);
	}

}
