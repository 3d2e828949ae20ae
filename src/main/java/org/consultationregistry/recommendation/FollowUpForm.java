package org.consultationregistry.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.shared.CleanText;
import org.consultationregistry.shared.RegistryDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that adds a follow-up action to a recommendation and later edits it: what is to be done, who owns it (an
 * organisation, a person or both) and when it is due. A new one carries a one-time {@code token}; an edit carries
 * the {@code version} it was loaded with.
 */
public record FollowUpForm(@NotBlank @Size(max = 1000) @CleanText String description, Long ownerOrganisationId,
		Long ownerPersonId, @RegistryDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
		Long version, UUID token) {

	static FollowUpForm blank() {
		return new FollowUpForm(null, null, null, null, null, UUID.randomUUID());
	}

	static FollowUpForm of(FollowUpAction action) {
		return new FollowUpForm(action.getDescription(), idOf(action.getOwnerOrganisation()),
				idOf(action.getOwnerPerson()), action.getDueDate(), action.getVersion(), null);
	}

	FollowUpForm basedOn(long currentVersion) {
		return new FollowUpForm(this.description, this.ownerOrganisationId, this.ownerPersonId, this.dueDate,
				currentVersion, this.token);
	}

	private static Long idOf(BaseEntity entity) {
		return (entity != null) ? entity.getId() : null;
	}

}
