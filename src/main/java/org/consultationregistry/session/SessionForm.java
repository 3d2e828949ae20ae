package org.consultationregistry.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;
import org.consultationregistry.shared.RegistryDate;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an official fills in to plan or correct a session. The organiser is typed (or picked from suggestions, which
 * fills in {@code organiserId}); an organiser the registry does not know yet is added when its type is chosen. Who
 * sat at the table, the chair included, is recorded separately, participant by participant.
 *
 * @param token one-time token of a create form, so that submitting it twice creates one session
 * @param version the version of the session the edit form was loaded from ({@code null} when creating)
 */
public record SessionForm(UUID token, Long version,
		@NotBlank @Size(max = 300) @CleanText String title,
		@NotBlank @Size(max = 120) @CleanText String theme,
		@NotNull @RegistryDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		@DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
		@Size(max = 200) @CleanText String venue,
		@Size(max = 100) @CleanText String city,
		Long organiserId,
		@Size(max = 200) @CleanText String organiserName,
		OrganisationType organiserType,
		@Size(max = 4000) @CleanText String objectives,
		@Size(max = 8000) @CleanText String summary,
		@Size(max = 4000) @CleanText String outcome,
		@Size(max = 500) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}") String sourceUrl,
		Long followsUpId) {

	public static SessionForm blank() {
		return new SessionForm(UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	public static SessionForm of(ConsultationSession session) {
		return new SessionForm(null, session.getVersion(), session.getTitle(), session.getTheme(),
				session.getHeldOn(), session.getStartsAt(), session.getVenue(), session.getCity(),
				(session.getOrganiser() != null) ? session.getOrganiser().getId() : null,
				(session.getOrganiser() != null) ? session.getOrganiser().getName() : null, null,
				session.getObjectives(),
				session.getSummary(), session.getOutcome(), session.getSourceUrl(),
				(session.getFollowsUp() != null) ? session.getFollowsUp().getId() : null);
	}

	/** The same answers, to be saved over the version now in the database. */
	public SessionForm basedOn(long currentVersion) {
		return new SessionForm(this.token, currentVersion, this.title, this.theme, this.heldOn, this.startsAt,
				this.venue, this.city, this.organiserId, this.organiserName, this.organiserType, this.objectives, this.summary,
				this.outcome, this.sourceUrl, this.followsUpId);
	}

}
