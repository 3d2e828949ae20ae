package org.consultationregistry.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;
import org.consultationregistry.stakeholder.OrganisationType;

/**
 * Adds someone to a session's table in one go: pick a known person (suggestions fill in {@code personId}) or type a
 * new one, with the designation and organisation they hold on the day. An organisation the registry does not know
 * yet is added when its type is chosen.
 */
public record ParticipantForm(Long personId,
		@Size(max = 30) @CleanText String honorific,
		@Size(max = 200) @CleanText String fullName,
		@Size(max = 200) @CleanText String designation,
		Long organisationId,
		@Size(max = 200) @CleanText String organisationName,
		OrganisationType newOrganisationType,
		@NotNull ParticipantRole role) {

	public static ParticipantForm blank() {
		return new ParticipantForm(null, null, null, null, null, null, null, ParticipantRole.PARTICIPANT);
	}

}
