package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.Person;

/**
 * A {@link Reading} matched against the registry: organisations found by any name they go by (else proposed as new,
 * with a guessed type), people found by name and organisation. It gives both the review form and the API's answer.
 */
record Draft(IntakeReview review, IntakeResult result) {

	static Draft of(Reading reading, RegistryNames organisations, List<Person> namesakes) {
		Map<String, List<Person>> people = new HashMap<>();
		namesakes.forEach((person) -> people.computeIfAbsent(person.getFullName().toLowerCase(Locale.ROOT),
				(name) -> new ArrayList<>()).add(person));

		List<IntakeReview.ParticipantRow> participantRows = new ArrayList<>();
		List<IntakeResult.Participant> participants = new ArrayList<>();
		for (Reading.Person person : reading.participants()) {
			PersonPhrase phrase = person.phrase();
			Named organisation = Named.of(phrase.organisation(), organisations, phrase.designation());
			Long personId = match(people.getOrDefault(phrase.name().toLowerCase(Locale.ROOT), List.of()),
					organisation.id());
			participantRows.add(new IntakeReview.ParticipantRow(cut(phrase.honorific(), 30), cut(phrase.name(), 200),
					cut(phrase.designation(), 200), personId, organisation.id(), cut(organisation.name(), 200),
					organisation.typeIfNew(), person.role(), cut(person.source(), 4000)));
			participants.add(new IntakeResult.Participant(phrase.honorific(), phrase.name(), phrase.designation(),
					organisation.shortName(), organisation.id(), person.source()));
		}

		List<IntakeReview.OfficeRow> officeRows = new ArrayList<>();
		List<IntakeResult.Office> offices = new ArrayList<>();
		for (Reading.Office office : reading.offices()) {
			Named organisation = Named.of(office.organisation(), organisations, office.designation());
			officeRows.add(new IntakeReview.OfficeRow(cut(office.designation(), 200), organisation.id(),
					cut(organisation.name(), 200), organisation.typeIfNew(), cut(office.source(), 4000)));
			String designation = (office.organisation() != null)
					? office.designation() + ", " + organisation.shortName() : office.designation();
			offices.add(new IntakeResult.Office(designation, office.source()));
		}

		List<IntakeReview.IssueRow> issueRows = new ArrayList<>();
		List<IntakeResult.Issue> issues = new ArrayList<>();
		for (Reading.Issue issue : reading.issues()) {
			String raisedBy = atTheTable(issue.raisedBy(), participantRows);
			issueRows.add(new IntakeReview.IssueRow(issue.category(), Heading.cut(issue.text(), 200),
					cut(issue.source(), 4000), raisedBy, cut(issue.source(), 4000)));
			issues.add(new IntakeResult.Issue(issue.text(), issue.raisedBy(), issue.category(), issue.source()));
		}

		List<IntakeReview.RecommendationRow> recommendationRows = new ArrayList<>();
		List<IntakeResult.Recommendation> recommendations = new ArrayList<>();
		for (Reading.Recommendation recommendation : reading.recommendations()) {
			List<Integer> answers = new ArrayList<>();
			if (recommendation.answers() != null) {
				answers.add(recommendation.answers() + 1);
			}
			else {
				for (int i = 1; i <= issueRows.size(); i++) {
					answers.add(i);
				}
			}
			recommendationRows.add(new IntakeReview.RecommendationRow(Heading.cut(recommendation.text(), 300), null,
					answers, cut(recommendation.source(), 4000)));
			recommendations.add(new IntakeResult.Recommendation(recommendation.text(), recommendation.source()));
		}

		Named organiser = Named.of(reading.organiser(), organisations, null);
		IntakeReview review = new IntakeReview(UUID.randomUUID(), Heading.cut(reading.title(), 300),
				Heading.cut(reading.theme(), 120), reading.date(), cut(reading.venue(), 200), cut(reading.city(), 100),
				organiser.id(), cut(organiser.name(), 200), organiser.typeIfNew(), cut(reading.objectives(), 4000),
				cut(reading.outcome(), 4000), participantRows, officeRows, issueRows, recommendationRows);
		IntakeResult result = new IntakeResult(reading.date(), reading.city(), reading.venue(), reading.title(),
				participants, offices, issues, recommendations, reading.outcome());
		return new Draft(review, result);
	}

	/**
	 * The registry's person for a name: the one with the same organisation; with no organisation to go by, the only
	 * one of that name.
	 */
	private static Long match(List<Person> namesakes, Long organisationId) {
		if (organisationId != null) {
			return namesakes.stream()
				.filter((person) -> person.getOrganisation() != null
						&& organisationId.equals(person.getOrganisation().getId()))
				.map(Person::getId)
				.findFirst()
				.orElse(null);
		}
		return (namesakes.size() == 1) ? namesakes.get(0).getId() : null;
	}

	/** Who raised an issue, as the review names them: a participant's name, if it is one of theirs. */
	private static String atTheTable(String raisedBy, List<IntakeReview.ParticipantRow> participants) {
		if (raisedBy == null) {
			return null;
		}
		return participants.stream()
			.filter((row) -> row.fullName().equalsIgnoreCase(raisedBy))
			.map(IntakeReview.ParticipantRow::fullName)
			.findFirst()
			.orElse(null);
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

	/** An organisation as the draft names it: the registry's when it knows it, else as the text writes it. */
	private record Named(Long id, String name, String shortName, OrganisationType typeIfNew) {

		static Named of(OrganisationMention mention, RegistryNames organisations, String designation) {
			if (mention == null) {
				return new Named(null, null, null, null);
			}
			Organisation known = organisations.find(mention);
			if (known != null) {
				return new Named(known.getId(), known.getName(), known.getShortName(), null);
			}
			// A new organisation is added under its name; the acronym in brackets is how the text knew it.
			return new Named(null, mention.name(), mention.text(), OrganisationTypes.guess(mention.text(), designation));
		}

	}

}
