package org.consultationregistry.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.consultationregistry.issue.IssueForm;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.RecommendationForm;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.Participant;
import org.consultationregistry.session.ParticipantForm;
import org.consultationregistry.session.ParticipantRole;
import org.consultationregistry.session.SessionForm;
import org.consultationregistry.session.SessionStatus;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FormSubmissions;
import org.consultationregistry.shared.Staff;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a text into a draft session, and saves the draft once the official has reviewed it: the session, its
 * participants and offices, issues and recommendations, through those features' own services and in one
 * transaction, so that a review is saved whole or not at all.
 */
@Service
@Transactional(readOnly = true)
public class IntakeService {

	private final StakeholderDirectory directory;

	private final ConsultationSessions sessions;

	private final IssuesRaised issues;

	private final Recommendations recommendations;

	private final FormSubmissions submissions;

	private final Clock clock;

	IntakeService(StakeholderDirectory directory, ConsultationSessions sessions, IssuesRaised issues,
			Recommendations recommendations, FormSubmissions submissions, @Qualifier("registryClock") Clock clock) {
		this.directory = directory;
		this.sessions = sessions;
		this.issues = issues;
		this.recommendations = recommendations;
		this.submissions = submissions;
		this.clock = clock;
	}

	/**
	 * The draft session a text describes. Nothing is saved.
	 * @throws FieldProblem on the field {@code text} if the text describes no session
	 */
	@PreAuthorize(Staff.ONLY)
	public Draft read(String text, String field) {
		RegistryNames organisations = new RegistryNames(this.directory.organisationsWithTheirNames());
		Reading reading = new PressReleaseReader(organisations::idOf).read(text, LocalDate.now(this.clock));
		if (!reading.describesASession()) {
			throw new FieldProblem(field, (reading.date() == null) ? "intake.text.noDate" : "intake.text.noSession");
		}
		List<String> names = reading.participants().stream().map((person) -> person.phrase().name()).toList();
		return Draft.of(reading, organisations, this.directory.peopleNamed(names));
	}

	/**
	 * Saves a reviewed draft: the session (as held, if its day has come), then everyone at the table, the offices,
	 * the issues and the recommendations. Saving the same review twice saves it once.
	 * @return the session's id
	 * @throws FieldProblem if the session itself cannot be saved as it stands
	 * @throws IntakeRejectedException naming every row that cannot be saved as it stands
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long save(IntakeReview review) {
		return this.submissions.once(review.token(), "IntakeReview", () -> {
			List<FieldProblem> problems = new ArrayList<>();
			requireOneChairAtMost(review, problems);
			long sessionId = this.sessions.plan(new SessionForm(null, null, review.title(), review.theme(),
					review.heldOn(), null, review.venue(), review.city(), review.organiserId(), review.organiserName(),
					review.organiserType(), review.objectives(), null, review.outcome(), null, null));
			if (!review.heldOn().isAfter(LocalDate.now(this.clock))) {
				this.sessions.advance(sessionId, SessionStatus.HELD);
			}
			seat(sessionId, review, problems);
			// Issues and recommendations are tried even when a seat was refused, so that every row's reason is given
			// at once; the transaction is rolled back all the same.
			List<Long> issueIds = recordIssues(sessionId, review, problems);
			recordRecommendations(sessionId, review, issueIds, problems);
			if (!problems.isEmpty()) {
				throw new IntakeRejectedException(problems);
			}
			return sessionId;
		});
	}

	private static void requireOneChairAtMost(IntakeReview review, List<FieldProblem> problems) {
		boolean chairSeen = false;
		for (int i = 0; i < review.participants().size(); i++) {
			if (review.participants().get(i).role() == ParticipantRole.CHAIR) {
				if (chairSeen) {
					problems.add(new FieldProblem("participants[" + i + "].role", "participant.chairTaken"));
				}
				chairSeen = true;
			}
		}
	}

	private void seat(long sessionId, IntakeReview review, List<FieldProblem> problems) {
		for (int i = 0; i < review.participants().size(); i++) {
			IntakeReview.ParticipantRow row = review.participants().get(i);
			String roleField = "participants[" + i + "].role";
			if (problems.stream().anyMatch((problem) -> problem.getField().equals(roleField))) {
				continue;
			}
			try {
				this.sessions.addParticipant(sessionId, new ParticipantForm(row.personId(), row.honorific(),
						row.fullName(), row.designation(), row.organisationId(), row.organisationName(),
						row.newOrganisationType(), row.role()));
			}
			catch (FieldProblem problem) {
				problems.add(inRow("participants", i, problem));
			}
		}
		for (int i = 0; i < review.offices().size(); i++) {
			IntakeReview.OfficeRow row = review.offices().get(i);
			try {
				this.sessions.addOffice(sessionId, row.designation(), row.organisationId(), row.organisationName(),
						row.newOrganisationType());
			}
			catch (FieldProblem problem) {
				problems.add(inRow("offices", i, problem));
			}
		}
	}

	private List<Long> recordIssues(long sessionId, IntakeReview review, List<FieldProblem> problems) {
		List<Participant> table = this.sessions.participantsOf(sessionId);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < review.issues().size(); i++) {
			IntakeReview.IssueRow row = review.issues().get(i);
			RaisedBy raisedBy = raisedBy(row.raisedBy(), table);
			if (row.raisedBy() != null && !row.raisedBy().isBlank() && raisedBy == null) {
				problems.add(new FieldProblem("issues[" + i + "].raisedBy", "intake.raisedBy.unknown",
						row.raisedBy().strip()));
				ids.add(null);
				continue;
			}
			ids.add(this.issues.record(sessionId, new IssueForm(null, null, row.category(), row.title(),
					row.details(), (raisedBy != null) ? raisedBy.personId() : null,
					(raisedBy != null) ? raisedBy.organisationId() : null, null)));
		}
		return ids;
	}

	/**
	 * Who an issue's "raised by" names among those at the table: a participant by name (with or without honorific),
	 * with their organisation; else an organisation seated there, by its name or acronym.
	 */
	private static RaisedBy raisedBy(String name, List<Participant> table) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		for (Participant seat : table) {
			if (seat.getPerson() != null && (seat.getPerson().getFullName().toLowerCase(Locale.ROOT).equals(wanted)
					|| seat.getPerson().getDisplayName().toLowerCase(Locale.ROOT).equals(wanted))) {
				return new RaisedBy(seat.getPerson().getId(),
						(seat.getOrganisation() != null) ? seat.getOrganisation().getId() : null);
			}
		}
		for (Participant seat : table) {
			Organisation organisation = seat.getOrganisation();
			if (organisation != null && (organisation.getName().equalsIgnoreCase(wanted)
					|| organisation.getShortName().equalsIgnoreCase(wanted))) {
				return new RaisedBy(null, organisation.getId());
			}
		}
		return null;
	}

	private record RaisedBy(Long personId, Long organisationId) {
	}

	private void recordRecommendations(long sessionId, IntakeReview review, List<Long> issueIds,
			List<FieldProblem> problems) {
		for (int i = 0; i < review.recommendations().size(); i++) {
			IntakeReview.RecommendationRow row = review.recommendations().get(i);
			List<Long> answers = row.answers()
				.stream()
				.filter((number) -> number >= 1 && number <= issueIds.size())
				.map((number) -> issueIds.get(number - 1))
				.filter(Objects::nonNull)
				.toList();
			if (answers.isEmpty() || answers.size() != row.answers().size()) {
				problems.add(new FieldProblem("recommendations[" + i + "].answers", "intake.answers.required"));
				continue;
			}
			this.recommendations.propose(sessionId, new RecommendationForm(row.title(), row.details(), answers, null,
					null, null, null, null, null, null, null, null));
		}
	}

	private static FieldProblem inRow(String rows, int index, FieldProblem problem) {
		return new FieldProblem(rows + "[" + index + "]." + problem.getField(), problem.getCode(),
				problem.getArguments());
	}

}
