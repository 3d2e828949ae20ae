package org.consultationregistry.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consultationregistry.session.ParticipantRole;

/**
 * Reads a press release or rough minutes of a session into a {@link Reading}: the dateline, the heading, everyone
 * listed or named as taking part, the offices present without a name, and the issues and recommendations the text
 * carries. Deterministic and offline: it works from the patterns of the language (see {@link Vocabulary}), and asks
 * the registry only which organisation names it knows.
 */
final class PressReleaseReader {

	/** The opening of a sentence up to its first verb, to know who "they" are in the next. */
	private static final Pattern SUBJECT_VERB = Pattern.compile("(?i)\\s(?:shared|said|stated|expressed|stressed|"
			+ "emphasi[sz]ed|highlighted|called|advocated|demanded|urged|raised|proposed|recommended|suggested|"
			+ "informed|briefed|pointed|complained|sought|requested|presented|discussed|noted|observed|welcomed|"
			+ "appreciated|agreed|asked|described|explained|told|added|gave|offered)\\b");

	private final PhraseReader phrases;

	private final ParticipantLists lists;

	private final RunningText runningText;

	private final Function<OrganisationMention, Long> registry;

	/**
	 * @param registry the id of the organisation the registry knows by this name or acronym, or {@code null} for
	 * one it does not know
	 */
	PressReleaseReader(Function<OrganisationMention, Long> registry) {
		this.registry = registry;
		this.phrases = new PhraseReader((mention) -> mention != null && registry.apply(mention) != null);
		this.lists = new ParticipantLists(this.phrases);
		this.runningText = new RunningText(this.phrases);
	}

	/** @param today the day the text is read, for a dateline that gives no year */
	Reading read(String text, LocalDate today) {
		String cleaned = clean(text);
		List<String> sentences = Sentences.of(cleaned);
		Heading.About about = Heading.read(sentences);
		Map<String, Reading.Person> people = new LinkedHashMap<>();
		List<Reading.Office> offices = new ArrayList<>();
		List<Reading.Issue> issues = new ArrayList<>();
		List<Reading.Recommendation> recommendations = new ArrayList<>();
		String subject = null;
		for (String sentence : sentences) {
			for (RunningText.Actor actor : this.runningText.read(sentence)) {
				add(people, new Reading.Person(actor.person(), actor.role(), sentence));
			}
			for (PersonPhrase listed : this.lists.read(sentence)) {
				if (listed.isPerson()) {
					add(people, new Reading.Person(listed, ParticipantRole.PARTICIPANT, sentence));
				}
				else if (listed.isOffice()) {
					offices.add(new Reading.Office(listed.designation(), listed.organisation(), sentence));
				}
				else if (listed.isGroup()) {
					String group = (listed.designation() != null) ? listed.designation() + " " + listed.group()
							: listed.group();
					offices.add(new Reading.Office(group, listed.organisation(), sentence));
				}
			}
			for (Cues.Cue cue : Cues.read(sentence, subject)) {
				if (cue.kind() != Cues.Kind.PROPOSAL) {
					issues.add(new Reading.Issue(cue.content(), raisedBy(cue.subject()),
							IssueCategories.guess(cue.content()), sentence));
				}
				if (cue.kind() != Cues.Kind.CONCERN) {
					Integer answers = (cue.kind() == Cues.Kind.DEMAND) ? issues.size() - 1 : null;
					recommendations.add(new Reading.Recommendation(cue.content(), answers, sentence));
				}
			}
			Matcher verb = SUBJECT_VERB.matcher(sentence);
			if (verb.find()) {
				subject = Cues.subject(sentence.substring(0, verb.start()), subject);
			}
		}
		List<Reading.Person> participants = new ArrayList<>(people.values());
		OrganisationMention organiser = about.organiser();
		participants = chairIfUnsaid(participants, organiser);
		if (organiser == null) {
			// Nothing says who organised it: the chair's organisation did.
			organiser = participants.stream()
				.filter((person) -> person.role() == ParticipantRole.CHAIR && person.phrase().organisation() != null)
				.map((person) -> person.phrase().organisation())
				.findFirst()
				.orElse(null);
		}
		participants = hostsOwnStaff(participants, organiser);
		return new Reading(Dateline.date(cleaned, today), Dateline.city(cleaned), about.venue(), about.title(),
				about.theme(), organiser, about.objectives(), about.outcome(), participants, offices, issues,
				recommendations, about.namesAMeeting());
	}

	/** Who raised an issue: the person the subject names, else the subject as written ("local manufacturers"). */
	private String raisedBy(String subject) {
		if (subject == null) {
			return null;
		}
		PersonPhrase person = this.phrases.read(subject);
		if (person.isPerson()) {
			return person.name();
		}
		String group = subject.replaceFirst("(?i)^the\\s+", "");
		return Character.toUpperCase(group.charAt(0)) + group.substring(1);
	}

	/** Typographic quotes and dashes as plain ones, and a space after a comma that lacks one ("Sheikh,COO"). */
	private static String clean(String text) {
		return text.replace('\u2018', '\'')
			.replace('\u2019', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replace('\u2013', '-')
			.replace('\u2014', '-')
			.replace('\u00A0', ' ')
			.replaceAll(",(?=\\p{L})", ", ");
	}

	/**
	 * Adds someone once: a person named twice (in the list and as a speaker) keeps what each mention says, and the
	 * larger part they played.
	 */
	private static void add(Map<String, Reading.Person> people, Reading.Person person) {
		String key = person.phrase().name().toLowerCase(Locale.ROOT);
		Reading.Person known = people.get(key);
		if (known == null) {
			people.put(key, person);
			return;
		}
		PersonPhrase first = known.phrase();
		PersonPhrase other = person.phrase();
		PersonPhrase merged = new PersonPhrase((first.honorific() != null) ? first.honorific() : other.honorific(),
				first.name(), (first.designation() != null) ? first.designation() : other.designation(),
				(first.organisation() != null) ? first.organisation() : other.organisation(),
				(first.designation() != null) ? first.ownDepartment() : other.ownDepartment(), null);
		ParticipantRole role = (person.role().ordinal() < known.role().ordinal()) ? person.role() : known.role();
		people.put(key, new Reading.Person(merged, role, known.source()));
	}

	/**
	 * The host's own staff: a government post written without an organisation ("DG e-governance Sajid Latif",
	 * "Chief IT Waqas Ranjha") is one of the organiser's, unless the post names a department of its own ("Secretary
	 * Finance") or belongs to a company ("CEO").
	 */
	private static List<Reading.Person> hostsOwnStaff(List<Reading.Person> participants,
			OrganisationMention organiser) {
		if (organiser == null) {
			return participants;
		}
		return participants.stream().map((person) -> {
			PersonPhrase phrase = person.phrase();
			if (phrase.organisation() != null || phrase.designation() == null || phrase.ownDepartment()
					|| Vocabulary.COMPANY_POSTS.contains(phrase.designation())
					|| phrase.designation().matches(".*(Minister|Governor|Chief Secretary|MPA|MNA|Senator).*")) {
				return person;
			}
			return new Reading.Person(phrase.withOrganisation(organiser), person.role(), person.source());
		}).toList();
	}

	/**
	 * Where the text does not say who chaired, the organiser's head who spoke (its Chairman, its Minister) is taken
	 * to have chaired; the official can change it in the review.
	 */
	private List<Reading.Person> chairIfUnsaid(List<Reading.Person> participants,
			OrganisationMention organiser) {
		if (participants.stream().anyMatch((person) -> person.role() == ParticipantRole.CHAIR)) {
			return participants;
		}
		List<Reading.Person> result = new ArrayList<>(participants);
		int chosen = -1;
		int chosenRank = Integer.MAX_VALUE;
		for (int i = 0; i < result.size(); i++) {
			Reading.Person person = result.get(i);
			PersonPhrase phrase = person.phrase();
			int rank = presidingRank(phrase.designation());
			boolean host = organiser == null
					|| phrase.organisation() != null && sameOrganisation(phrase.organisation(), organiser);
			if (rank < chosenRank && host && !isListed(person)) {
				chosen = i;
				chosenRank = rank;
			}
		}
		if (chosen >= 0) {
			Reading.Person chair = result.get(chosen);
			result.set(chosen, new Reading.Person(chair.phrase(), ParticipantRole.CHAIR, chair.source()));
		}
		return result;
	}

	/** How surely a post presides over a meeting: lower is surer; {@code MAX_VALUE} for a post that does not. */
	private static int presidingRank(String designation) {
		if (designation == null) {
			return Integer.MAX_VALUE;
		}
		int rank = 0;
		for (String post : Vocabulary.PRESIDING_POSTS) {
			if (designation.equals(post) || designation.startsWith(post + " ")) {
				return rank;
			}
			rank++;
		}
		return Integer.MAX_VALUE;
	}

	/** Whether the person was found in a list of those present rather than as a speaker. */
	private static boolean isListed(Reading.Person person) {
		return person.source().matches("(?i).*\\b(participated|attended|present|took part|included)\\b.*")
				&& !person.source().matches("(?i).*\\b(said|stated|emphasi[sz]ed|stressed|chaired|presided)\\b.*");
	}

	private boolean sameOrganisation(OrganisationMention a, OrganisationMention b) {
		if (a.keys().stream().anyMatch(b.keys()::contains)) {
			return true;
		}
		Long id = this.registry.apply(a);
		return id != null && Objects.equals(id, this.registry.apply(b));
	}

}
