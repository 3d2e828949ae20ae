package org.consultationregistry.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.session.ParticipantRole;
import org.consultationregistry.shared.CleanText;
import org.consultationregistry.shared.RegistryDate;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The draft session the portal read from a text, as the official reviews it: the session, then row by row who sat
 * at the table, the offices present without a name, the issues raised and the recommendations made. Each row keeps
 * the sentence it was read from ({@code source}), shown beside it. Rows are numbered from 0 in the form's field
 * names ({@code participants[0].fullName}); a recommendation names the issues it answers by their number from 1.
 *
 * @param token one-time token, so that saving the same review twice creates one session
 */
public record IntakeReview(UUID token,
		@NotBlank @Size(max = 300) @CleanText String title,
		@NotBlank @Size(max = 120) @CleanText String theme,
		@NotNull @RegistryDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		@Size(max = 200) @CleanText String venue,
		@Size(max = 100) @CleanText String city,
		Long organiserId,
		@Size(max = 200) @CleanText String organiserName,
		OrganisationType organiserType,
		@Size(max = 4000) @CleanText String objectives,
		@Size(max = 4000) @CleanText String outcome,
		@Valid List<ParticipantRow> participants,
		@Valid List<OfficeRow> offices,
		@Valid List<IssueRow> issues,
		@Valid List<RecommendationRow> recommendations) {

	/** How many rows of each kind a review may hold; more is not a session's record but a mistake. */
	static final int MOST_ROWS = 200;

	public IntakeReview {
		participants = rows(participants);
		offices = rows(offices);
		issues = rows(issues);
		recommendations = rows(recommendations);
	}

	/** Someone at the table; {@code personId} is set when the registry already knows them. */
	public record ParticipantRow(@Size(max = 30) @CleanText String honorific,
			@NotBlank @Size(max = 200) @CleanText String fullName,
			@Size(max = 200) @CleanText String designation,
			Long personId,
			Long organisationId,
			@Size(max = 200) @CleanText String organisationName,
			OrganisationType newOrganisationType,
			@NotNull ParticipantRole role,
			@Size(max = 4000) @CleanText String source) {

		static ParticipantRow blank() {
			return new ParticipantRow(null, null, null, null, null, null, null, ParticipantRole.PARTICIPANT, null);
		}

	}

	/** An office at the table whose holder the text does not name. */
	public record OfficeRow(@NotBlank @Size(max = 200) @CleanText String designation,
			Long organisationId,
			@Size(max = 200) @CleanText String organisationName,
			OrganisationType newOrganisationType,
			@Size(max = 4000) @CleanText String source) {

		static OfficeRow blank() {
			return new OfficeRow(null, null, null, null, null);
		}

	}

	/** An issue; {@code raisedBy} names a participant or their organisation, as in the rows above. */
	public record IssueRow(@NotNull IssueCategory category,
			@NotBlank @Size(max = 200) @CleanText String title,
			@Size(max = 4000) @CleanText String details,
			@Size(max = 231) @CleanText String raisedBy,
			@Size(max = 4000) @CleanText String source) {

		static IssueRow blank() {
			return new IssueRow(IssueCategory.OTHER, null, null, null, null);
		}

	}

	/** A recommendation, with the numbers (from 1) of the issues above that it answers. */
	public record RecommendationRow(@NotBlank @Size(max = 300) @CleanText String title,
			@Size(max = 4000) @CleanText String details,
			List<Integer> answers,
			@Size(max = 4000) @CleanText String source) {

		public RecommendationRow {
			answers = (answers != null) ? answers.stream().filter(Objects::nonNull).distinct().toList() : List.of();
		}

		static RecommendationRow blank() {
			return new RecommendationRow(null, null, List.of(), null);
		}

	}

	IntakeReview withParticipants(List<ParticipantRow> rows) {
		return new IntakeReview(this.token, this.title, this.theme, this.heldOn, this.venue, this.city,
				this.organiserId, this.organiserName, this.organiserType, this.objectives, this.outcome, rows,
				this.offices, this.issues, this.recommendations);
	}

	IntakeReview withOffices(List<OfficeRow> rows) {
		return new IntakeReview(this.token, this.title, this.theme, this.heldOn, this.venue, this.city,
				this.organiserId, this.organiserName, this.organiserType, this.objectives, this.outcome,
				this.participants, rows, this.issues, this.recommendations);
	}

	IntakeReview withIssues(List<IssueRow> rows, List<RecommendationRow> recommendations) {
		return new IntakeReview(this.token, this.title, this.theme, this.heldOn, this.venue, this.city,
				this.organiserId, this.organiserName, this.organiserType, this.objectives, this.outcome,
				this.participants, this.offices, rows, recommendations);
	}

	IntakeReview withRecommendations(List<RecommendationRow> rows) {
		return new IntakeReview(this.token, this.title, this.theme, this.heldOn, this.venue, this.city,
				this.organiserId, this.organiserName, this.organiserType, this.objectives, this.outcome,
				this.participants, this.offices, this.issues, rows);
	}

	/** The rows as bound: none when the form had none, and no gaps where a row's fields were all missing. */
	private static <T> List<T> rows(List<T> rows) {
		if (rows == null) {
			return List.of();
		}
		return new ArrayList<>(rows.stream().filter(Objects::nonNull).limit(MOST_ROWS).toList());
	}

}
