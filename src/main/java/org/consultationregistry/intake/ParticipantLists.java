package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences that list who took part, and the people and offices in them. The list comes before its verb ("A,
 * B and C participated in the session") or after it ("The meeting was attended by A, B and C", "The delegation
 * included A and B"), its items separated by commas, "and", "as well as". An item may be a name alone, described
 * by the next item ("Adnan Aftab, CEO Airlink") or by the one before ("the Chairman of PBIT, Faisal Yousaf").
 */
final class ParticipantLists {

	private static final Pattern LIST_AFTER = Pattern.compile("(?i)\\b(?:(?:was|were) (?:also )?attended by"
			+ "|attendees (?:included|were)|those (?:present|attending) (?:included|were)"
			+ "|(?:also )?present (?:on the occasion |at the (?:meeting|session) )?(?:were|included)"
			+ "|participants (?:included|were)|(?:the )?delegation (?:included|comprised|comprising|consisted of)"
			+ "|among those present were|in attendance were|(?:was|were) joined by|included|comprised|comprising)"
			+ "\\s+(.+)$");

	private static final Pattern LIST_BEFORE = Pattern.compile("(?i)^(.+?)\\s+(?:(?:were|was) (?:also )?"
			+ "(?:present|in attendance|among (?:the )?(?:participants|those present))|(?:also )?participated"
			+ "|(?:also )?attended|(?:also )?took part|(?:also )?joined (?:the|a)\\b)");

	private static final Pattern ITEM_SEPARATOR = Pattern.compile(
			"\\s*[,;]\\s*|\\s+as well as\\s+|\\s+along with\\s+|\\s+besides\\s+");

	private static final Pattern TRAILER = Pattern.compile(
			"(?i)(?:\\s+(?:in|at|on) the (?:session|meeting|occasion|consultation|workshop|event)\\b.*"
					+ "|\\s+among others|,?\\s+etc\\.?|\\s+on (?:the )?behalf of\\b.*)$");

	private static final Pattern LEADER = Pattern.compile(
			"(?i)^(?:besides|moreover|meanwhile|on the occasion|among others|also|in addition)\\s*,?\\s*");

	private final PhraseReader phrases;

	ParticipantLists(PhraseReader phrases) {
		this.phrases = phrases;
	}

	/** Whether this sentence lists who took part; if it does, what it says of each of them. */
	List<PersonPhrase> read(String sentence) {
		String text = sentence.replaceAll("[.]$", "");
		List<PersonPhrase> best = List.of();
		// "The meeting was attended by A and B" has its list after the verb, "A and B attended" before it: the
		// reading that finds more people is the one the sentence meant.
		for (String list : new String[] { listAfter(text), listBefore(text) }) {
			if (list != null) {
				List<PersonPhrase> read = joinAppositions(items(list));
				if (count(read) > count(best)) {
					best = read;
				}
			}
		}
		return best;
	}

	private static long count(List<PersonPhrase> read) {
		return read.stream().filter((phrase) -> phrase.isPerson() || phrase.isOffice()).count();
	}

	private static String listBefore(String sentence) {
		Matcher before = LIST_BEFORE.matcher(sentence);
		return before.find() ? LEADER.matcher(before.group(1)).replaceFirst("") : null;
	}

	private static String listAfter(String sentence) {
		Matcher after = LIST_AFTER.matcher(sentence);
		return after.find() ? TRAILER.matcher(after.group(1)).replaceFirst("") : null;
	}

	/** The items of a list: split at commas and the like, and at each "and" that joins two people. */
	private List<String> items(String list) {
		List<String> items = new ArrayList<>();
		for (String piece : ITEM_SEPARATOR.split(list)) {
			String rest = piece.strip();
			rest = rest.replaceFirst("(?i)^and\\s+", "");
			int from = 0;
			Matcher and = Pattern.compile("\\s+and\\s+").matcher(rest);
			while (and.find()) {
				String left = rest.substring(from, and.start());
				String right = rest.substring(and.end());
				if (joinsTwo(left, right)) {
					items.add(left);
					from = and.end();
				}
			}
			items.add(rest.substring(from));
		}
		items.removeIf(String::isBlank);
		return items;
	}

	/** Whether an "and" joins two people or offices rather than two words of one name ("Investment and Trade"). */
	private boolean joinsTwo(String left, String right) {
		String firstRight = right.strip().split("\\s+")[0];
		if (Vocabulary.isPortfolio(firstRight) && Vocabulary.POSTS.get(firstRight.toLowerCase(Locale.ROOT)) == null
				&& !Vocabulary.isGroupWord(firstRight)) {
			return false;
		}
		PersonPhrase before = this.phrases.read(left);
		PersonPhrase after = this.phrases.read(right);
		return (before.isPerson() || before.isOffice() || before.isGroup())
				&& (after.isPerson() || after.isOffice() || after.isGroup());
	}

	private List<PersonPhrase> joinAppositions(List<String> items) {
		List<PersonPhrase> read = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i);
			PersonPhrase phrase = this.phrases.read(item);
			if (phrase.isNameOnly()) {
				if (!read.isEmpty() && read.get(read.size() - 1).isOffice()
						&& items.get(i - 1).strip().toLowerCase(Locale.ROOT).startsWith("the ")) {
					read.set(read.size() - 1, phrase.withPost(read.get(read.size() - 1)));
					continue;
				}
				if (i + 1 < items.size() && describesPrevious(this.phrases.read(items.get(i + 1)))) {
					read.add(phrase.withPost(this.phrases.readAsPost(items.get(i + 1))));
					i++;
					continue;
				}
				if (!read.isEmpty() && read.get(read.size() - 1).isOffice() && describesNext(items.get(i - 1))) {
					read.set(read.size() - 1, phrase.withPost(read.get(read.size() - 1)));
					continue;
				}
			}
			// A group counts when it says who ("other officials"), not for a bare "others".
			if (!phrase.isNothing() && !(phrase.isGroup() && !phrase.group().contains(" "))) {
				read.add(phrase);
			}
		}
		return read;
	}

	/**
	 * Whether an item after a bare name describes it: a post with no name of its own, or with a "name" that is one
	 * word nobody is called ("CEO Airlink").
	 */
	private static boolean describesPrevious(PersonPhrase next) {
		if (next.designation() == null) {
			return false;
		}
		return next.name() == null || next.honorific() == null && !next.name().contains(" ")
				&& !Vocabulary.isGivenName(next.name());
	}

	/** Whether an office introduces the name after it: "the Chairman of PBIT, Faisal Yousaf". */
	private static boolean describesNext(String office) {
		String lower = office.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("the ") || lower.contains(" of ") || lower.startsWith("its ");
	}

}
