package org.consultationregistry.issue;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consultationregistry.shared.CleanText;

/**
 * An issue as an official records it: what was raised, under which heading, by whom at the table, and whether it
 * came up before in the series.
 *
 * @param token one-time token of a create form, so that submitting it twice records one issue
 * @param version the version of the issue the edit form was loaded from ({@code null} when creating)
 */
public record IssueForm(UUID token, Long version,
		@NotNull IssueCategory category,
		@NotBlank @Size(max = 200) @CleanText String title,
		@Size(max = 4000) @CleanText String details,
		Long raisedByPersonId,
		Long raisedByOrganisationId,
		Long earlierIssueId) {

	public static IssueForm blank() {
		return new IssueForm(UUID.randomUUID(), null, null, null, null, null, null, null);
	}

	public static IssueForm of(IssueRaised issue) {
		return new IssueForm(null, issue.getVersion(), issue.getCategory(), issue.getTitle(), issue.getDetails(),
				(issue.getRaisedByPerson() != null) ? issue.getRaisedByPerson().getId() : null,
				(issue.getRaisedByOrganisation() != null) ? issue.getRaisedByOrganisation().getId() : null,
				(issue.getEarlierIssue() != null) ? issue.getEarlierIssue().getId() : null);
	}

	/** The same answers, to be saved over the version now in the database. */
	public IssueForm basedOn(long currentVersion) {
		return new IssueForm(this.token, currentVersion, this.category, this.title, this.details,
				this.raisedByPersonId, this.raisedByOrganisationId, this.earlierIssueId);
	}

}
