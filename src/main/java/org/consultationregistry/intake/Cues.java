package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases that carry what was asked for and agreed: a demand ("stressed that", "called for", "advocated",
 * "demanded", "urged") is an issue raised and the recommendation it asks for; a concern ("raised the issue of",
 * "expressed concern over", "pointed out") is an issue; a proposal or agreement ("recommended", "proposed", "it was
 * decided", "the consensus was") is a recommendation. One sentence may carry several ("stressed that ... and
 * advocated for ..."); each is read on its own.
 */
final class Cues {

	enum Kind {

		DEMAND, CONCERN, PROPOSAL

	}

	/** A cue found in a sentence and what follows it, up to the next cue. */
	record Cue(Kind kind, String subject, String content) {
	}

	private static final Pattern CUE = Pattern.compile("(?i)\\b(?:"
			+ "(stressed(?: upon)?(?: that| the need (?:for|to|of))?|(?:emphasi[sz]ed|underlined|highlighted|underscored) "
			+ "the need (?:for|to|of)|urged(?: upon)?(?: the (?:government|authorities|board)(?: to)?)?|"
			+ "called (?:for|upon)|advocated?(?: for)?|demanded(?: that)?|sought|requested(?: that)?|asked for|"
			+ "pressed for|pleaded for|insisted (?:on|that))"
			+ "|(raised (?:the )?(?:concerns?|issues?|matter|problems?|question)(?: of| about| over| regarding)?|"
			+ "expressed (?:serious |deep |their |his |her )?concerns? (?:over|about|regarding|on)|pointed out(?: that)?|"
			+ "complained(?: that| about| of)?|lamented(?: that)?|highlighted (?:the )?(?:issues?|problems?|"
			+ "challenges?|difficulties|concerns?|hurdles|obstacles|bottlenecks)(?: of| faced by| regarding| in)?)"
			+ "|(recommended(?: that)?|proposed(?: that)?|suggested(?: that)?|(?:it )?(?:was|were) (?:also )?"
			+ "(?:agreed|decided|resolved)(?: that| to| upon)?|agreed (?:to|that|on|upon)|decided (?:to|that)|"
			+ "resolved to|(?:a |the )?consensus (?:was reached |emerged )?(?:on|that|was(?: that)?)|"
			+ "(?:it )?was (?:approved|endorsed)))\\b");

	private static final Pattern PRONOUN = Pattern.compile(
			"(?i)^(?:they|he|she|it|we|the participants|participants|the speakers|both)$");

	private static final Pattern ADVERBIAL = Pattern.compile(
			"(?i)^(?:however|furthermore|moreover|meanwhile|besides|also|in addition|additionally|likewise|"
					+ "similarly|further|earlier|later|at the end|in the end)\\s*,?\\s*");

	private Cues() {
	}

	/**
	 * The cues of one sentence.
	 * @param previousSubject who a pronoun ("they") stands for: the subject of an earlier sentence
	 */
	static List<Cue> read(String sentence, String previousSubject) {
		List<Cue> cues = new ArrayList<>();
		Matcher cue = CUE.matcher(sentence);
		List<int[]> spans = new ArrayList<>();
		List<Kind> kinds = new ArrayList<>();
		while (cue.find()) {
			spans.add(new int[] { cue.start(), cue.end() });
			kinds.add((cue.group(1) != null) ? Kind.DEMAND : (cue.group(2) != null) ? Kind.CONCERN : Kind.PROPOSAL);
		}
		if (spans.isEmpty()) {
			return cues;
		}
		String subject = subject(sentence.substring(0, spans.get(0)[0]), previousSubject);
		for (int i = 0; i < spans.size(); i++) {
			int end = (i + 1 < spans.size()) ? spans.get(i + 1)[0] : sentence.length();
			String content = content(sentence.substring(spans.get(i)[1], end));
			if (content.length() >= 8) {
				cues.add(new Cue(kinds.get(i), subject, content));
			}
		}
		return cues;
	}

	/** Who a sentence's opening names as its subject, with a pronoun read as the earlier subject. */
	static String subject(String opening, String previousSubject) {
		String subject = ADVERBIAL.matcher(opening.strip()).replaceFirst("");
		subject = subject.replaceAll("(?i)[,\\s]+(?:also|further|strongly|repeatedly|unanimously)$", "")
			.replaceAll("(?i)^(?:.*,\\s*)?", "")
			.replaceAll("[,\\s]+$", "")
			.strip();
		if (subject.isEmpty() || PRONOUN.matcher(subject).matches()) {
			return previousSubject;
		}
		if (subject.length() > 150 || subject.matches("(?i)^(?:the )?(?:session|meeting|workshop|board|it|this)\\b.*")) {
			return null;
		}
		return subject;
	}

	/** What a cue introduces, as a phrase: "there should be ...", "some tax relaxations". */
	private static String content(String text) {
		String content = text.strip()
			.replaceAll("(?i)^(?:that|for|on|upon|to|the need (?:for|to|of)|need (?:for|to))\\s+", "")
			.replaceAll("(?i)^(?:the need (?:for|to|of))\\s+", "")
			.replaceAll("(?i)[,;]?\\s+(?:and|while|but|whereas)(?:\\s+(?:also|they|he|she|it|further))?\\s*$", "")
			.replaceAll("[\\s.,;:]+$", "")
			.strip();
		if (content.isEmpty()) {
			return content;
		}
		return Character.toUpperCase(content.charAt(0)) + content.substring(1);
	}

}
