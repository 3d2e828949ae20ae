package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consultationregistry.session.ParticipantRole;

/**
 * The people a text names as doing something at the session: who chaired or presided ("chaired by X", "under the
 * chairmanship of X", "X presided over"), who briefed ("X briefed the participants", "a presentation by X") and who
 * spoke ("X said", "Addressing the session, X stressed"). A name in a phrase such as "the vision of Chief Minister
 * X" or "on the directions of X" is someone mentioned, not someone present, and is left out.
 */
final class RunningText {

	/** A phrase naming someone, up to where the sentence goes on. */
	private static final String PHRASE = "(.+?)(?=\\s*[,;(]|\\.(?:\\s|$)|\\s+(?:was|were|at|in|on|held|while|"
			+ "where|which|who|to|with)\\s|$)";

	/** A verb after a name ("X called on", "X said"), where the phrase naming X ends. */
	private static final Pattern VERB_AFTER = Pattern.compile("\\s+(?:[a-z]+ed|said|says|met|spoke|gave|made|told|led"
			+ "|and (?:[a-z]+ed|said|also)|also)\\b.*$");

	private static final Pattern CHAIRED_BY = Pattern.compile("(?i)\\b(?:chaired|presided(?: over)?|co-chaired)\\s+by\\s+"
			+ PHRASE);

	private static final Pattern UNDER_CHAIR = Pattern.compile("(?i)\\bunder the (?:chairmanship|chairpersonship|"
			+ "presidency|chair)\\s+of\\s+" + PHRASE);

	/** "A delegation of the LCCI led by its President X": X, of that organisation. */
	private static final Pattern DELEGATION = Pattern.compile("(?i)\\bdelegation (?:of|from) (?:the )?(.+?)\\s+"
			+ "(?:led|headed) by\\s+" + PHRASE);

	/** "called on Minister X", "met with Minister X": the host of a delegation. */
	private static final Pattern CALLED_ON = Pattern.compile("(?i)\\b(?:called on|met with|meeting with)\\s+" + PHRASE);

	private static final Pattern IN_THE_CHAIR = Pattern.compile("(?i)\\bwith\\s+(.+?)\\s+in the chair\\b");

	private static final Pattern BRIEFED_BY = Pattern.compile("(?i)\\b(?:briefed|apprised)\\s+by\\s+" + PHRASE
			+ "|\\b(?:a |the )?(?:detailed )?(?:presentation|briefing)\\s+(?:was )?(?:given |made )?by\\s+" + PHRASE);

	/** Verbs whose subject was at the session, with the part it played. */
	private static final Pattern VERB = Pattern.compile("(?i)\\s(?:(chaired|presided|co-chaired)"
			+ "|(briefed|apprised|gave (?:a |an )?(?:detailed )?(?:briefing|presentation)|made (?:a |an )?presentation|presented)"
			+ "|(said|stated|emphasi[sz]ed|stressed|highlighted|noted|observed|informed|assured|expressed|welcomed|"
			+ "appreciated|announced|added|remarked|addressed|underlined|reiterated|urged|maintained|thanked|"
			+ "pointed out|shared|lauded|called for|proposed|suggested|recommended|told|explained|spoke|opened|"
			+ "discussed|raised|demanded|sought|requested|advocated|acknowledged|underscored|invited|highlighting|"
			+ "agreed|assured|offered|welcoming|termed|described|asked|also said|further said))\\b");

	/** Phrases that name someone who is spoken of, not someone in the room. */
	private static final Pattern MENTIONED_ONLY = Pattern.compile("(?i)\\b(?:vision|directions?|directives?|"
			+ "instructions?|guidance|leadership|initiative|behalf|message|orders?|approval|wishes|dream|mission|agenda|"
			+ "policy|programme|program|government|efforts|according) (?:of|to|from)\\b|['’]s\\s|^according\\b|"
			+ "\\bon the (?:directions?|instructions?|orders?)\\b|\\bin line with\\b");

	private final PhraseReader phrases;

	RunningText(PhraseReader phrases) {
		this.phrases = phrases;
	}

	/** A person named as taking part in the session, with their part in it. */
	record Actor(PersonPhrase person, ParticipantRole role) {
	}

	/** The people this sentence names as chairing, briefing or speaking. */
	List<Actor> read(String sentence) {
		List<Actor> actors = new ArrayList<>();
		for (Pattern chair : List.of(CHAIRED_BY, UNDER_CHAIR, IN_THE_CHAIR)) {
			Matcher matcher = chair.matcher(sentence);
			while (matcher.find()) {
				add(actors, matcher.group(1), ParticipantRole.CHAIR);
			}
		}
		Matcher delegation = DELEGATION.matcher(sentence);
		while (delegation.find()) {
			String named = VERB_AFTER.matcher(delegation.group(2)).replaceFirst("");
			PersonPhrase leader = this.phrases.read(named);
			if (leader.isPerson() && !MENTIONED_ONLY.matcher(named).find()) {
				actors.add(new Actor((leader.organisation() == null)
						? leader.withOrganisation(OrganisationMention.of(delegation.group(1))) : leader,
						ParticipantRole.PARTICIPANT));
			}
		}
		Matcher calledOn = CALLED_ON.matcher(sentence);
		while (calledOn.find()) {
			add(actors, calledOn.group(1), ParticipantRole.PARTICIPANT);
		}
		Matcher briefed = BRIEFED_BY.matcher(sentence);
		while (briefed.find()) {
			add(actors, (briefed.group(1) != null) ? briefed.group(1) : briefed.group(2), ParticipantRole.PRESENTER);
		}
		Matcher verb = VERB.matcher(sentence);
		if (verb.find() && verb.start() < 250) {
			ParticipantRole role = (verb.group(1) != null) ? ParticipantRole.CHAIR
					: (verb.group(2) != null) ? ParticipantRole.PRESENTER : ParticipantRole.PARTICIPANT;
			for (String subject : subjects(sentence.substring(0, verb.start()))) {
				add(actors, subject, role);
			}
		}
		return actors;
	}

	/**
	 * The people a sentence's opening names as its subject: "Speaking on the occasion, Chairman X" is X; "X and Y"
	 * are both; an opening clause ("In line with the vision of ...") is skipped.
	 */
	private List<String> subjects(String opening) {
		List<String> subjects = new ArrayList<>();
		for (String segment : opening.split("\\s*,\\s*")) {
			if (MENTIONED_ONLY.matcher(segment).find() || segment.isBlank()) {
				continue;
			}
			String[] people = segment.split("\\s+and\\s+");
			List<String> found = new ArrayList<>();
			for (String person : people) {
				if (this.phrases.read(person).isPerson()) {
					found.add(person);
				}
			}
			if (found.size() == people.length) {
				subjects.addAll(found);
				break;
			}
			if (this.phrases.read(segment).isPerson()) {
				subjects.add(segment);
				break;
			}
		}
		return subjects;
	}

	private void add(List<Actor> actors, String text, ParticipantRole role) {
		String named = VERB_AFTER.matcher(text).replaceFirst("");
		if (MENTIONED_ONLY.matcher(named).find()) {
			return;
		}
		PersonPhrase person = this.phrases.read(named);
		if (person.isPerson()) {
			actors.add(new Actor(person, role));
		}
	}

}
