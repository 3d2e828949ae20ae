package org.consultationregistry.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.shared.CleanText;
import org.consultationregistry.shared.RegistryDate;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that adds a follow-up action to a recommendation and later edits it: what is to be done, who owns it (an
 * organisation, a person or both, named as on the recommendation form) and when it is due. A new one carries a
 * one-time {@code token}; an edit carries the {@code version} it was loaded with.
 */
public record FollowUpForm(@NotBlank @Size(max = 1000) @CleanText String description, Long ownerOrganisationId,
		@Size(max = 200) @CleanText String ownerOrganisationName, Long ownerPersonId,
		@Size(max = 231) @CleanText String ownerPersonName,
		@RegistryDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Long version, UUID token) {

	static FollowUpForm blank() {
		return new FollowUpForm(null, null, null, null, null, null, null, UUID.randomUUID());
	}

	static FollowUpForm of(FollowUpAction action) {
		Organisation organisation = action.getOwnerOrganisation();
		Person person = action.getOwnerPerson();
		return new FollowUpForm(action.getDescription(), idOf(organisation),
				(organisation != null) ? organisation.getName() : null, idOf(person),
				(person != null) ? person.getDisplayName() : null, action.getDueDate(), action.getVersion(), null);
	}

	FollowUpForm basedOn(long currentVersion) {
		return new FollowUpForm(this.description, this.ownerOrganisationId, this.ownerOrganisationName,
				this.ownerPersonId, this.ownerPersonName, this.dueDate, currentVersion, this.token);
	}

	private static Long idOf(BaseEntity entity) {
		return (entity != null) ? entity.getId() : null;
	}

}
