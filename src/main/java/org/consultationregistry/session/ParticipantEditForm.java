package org.consultationregistry.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;

/**
 * Corrects a participant's seat: their role, and the designation and organisation recorded for that day.
 */
public record ParticipantEditForm(Long version,
		@Size(max = 200) @CleanText String designation,
		Long organisationId,
		@Size(max = 200) @CleanText String organisationName,
		@NotNull ParticipantRole role) {

	public static ParticipantEditForm of(Participant participant) {
		return new ParticipantEditForm(participant.getVersion(), participant.getDesignation(),
				(participant.getOrganisation() != null) ? participant.getOrganisation().getId() : null,
				(participant.getOrganisation() != null) ? participant.getOrganisation().getName() : null,
				participant.getRole());
	}

}
