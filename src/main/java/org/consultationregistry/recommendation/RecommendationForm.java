package org.consultationregistry.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.shared.CleanText;
import org.consultationregistry.shared.RegistryDate;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that records a recommendation and later edits it. A new one carries a one-time {@code token} (see
 * {@link org.consultationregistry.shared.FormSubmissions}); an edit carries the {@code version} it was loaded with.
 * People and organisations are named as the official types them, with suggestions from the registry
 * (static/js/lookup.js); picking a suggestion fills in the hidden id beside the name, which tells namesakes apart.
 * A person's name may include the honorific: honorific (30) and full name (200) with a space between.
 */
public record RecommendationForm(@NotBlank @Size(max = 300) @CleanText String title,
		@Size(max = 4000) @CleanText String details,
		@NotEmpty(message = "{recommendation.form.issuesRequired}") List<Long> issueIds, Long proposerPersonId,
		@Size(max = 231) @CleanText String proposerPersonName, Long proposerOrganisationId,
		@Size(max = 200) @CleanText String proposerOrganisationName, Long responsibleOrganisationId,
		@Size(max = 200) @CleanText String responsibleOrganisationName,
		@RegistryDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate, Long version,
		UUID token) {

	/** An empty form for a new recommendation, with a fresh token. */
	static RecommendationForm blank() {
		return new RecommendationForm(null, null, List.of(), null, null, null, null, null, null, null, null,
				UUID.randomUUID());
	}

	/** The form filled in with what is recorded now, for editing. */
	static RecommendationForm of(Recommendation recommendation, List<IssueRaised> issues) {
		Person proposer = recommendation.getProposerPerson();
		Organisation proposing = recommendation.getProposerOrganisation();
		Organisation responsible = recommendation.getResponsibleOrganisation();
		return new RecommendationForm(recommendation.getTitle(), recommendation.getDetails(),
				issues.stream().map(IssueRaised::getId).toList(), idOf(proposer),
				(proposer != null) ? proposer.getDisplayName() : null, idOf(proposing),
				(proposing != null) ? proposing.getName() : null, idOf(responsible),
				(responsible != null) ? responsible.getName() : null, recommendation.getTargetDate(),
				recommendation.getVersion(), null);
	}

	/** The same text, to be saved over the given version (after a conflict, once the official has seen it). */
	RecommendationForm basedOn(long currentVersion) {
		return new RecommendationForm(this.title, this.details, this.issueIds, this.proposerPersonId,
				this.proposerPersonName, this.proposerOrganisationId, this.proposerOrganisationName,
				this.responsibleOrganisationId, this.responsibleOrganisationName, this.targetDate, currentVersion,
				this.token);
	}

	private static Long idOf(BaseEntity entity) {
		return (entity != null) ? entity.getId() : null;
	}

}
