package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads one phrase naming someone, in the shapes press releases use: "P&D Board Secretary Dr Asif Tufail" (organisation,
 * post, name), "CEO Airlink Adnan Aftab" (post, organisation, name), "Chairman P&D Board Nabeel Ahmad Awan", "the
 * Chairman of PBIT" (post of organisation), "Chief IT Waqas Ranjha" (post with portfolio, name) and "Secretary
 * Finance" (an office). Where post, organisation and name run together without commas, the boundary is found from
 * the organisations the registry knows, the words that end organisations' names ("Group", "Ltd"), acronyms, and
 * given names.
 */
final class PhraseReader {

	private static final List<String> LEADING_FILLER = List.of("the", "and", "also", "including", "namely", "both",
			"while", "besides", "by", "with", "from", "were", "was", "of", "along", "as", "well", "other", "than", "its",
			"his", "her", "their", "a", "an");

	private static final List<String> POST_MODIFIERS = List.of("acting", "former", "interim", "honorary",
			"outgoing", "newly-elected");

	private final Predicate<OrganisationMention> knownOrganisation;

	/** @param knownOrganisation whether the registry knows an organisation by this name or acronym */
	PhraseReader(Predicate<OrganisationMention> knownOrganisation) {
		this.knownOrganisation = knownOrganisation;
	}

	PersonPhrase read(String phrase) {
		return read(phrase, false);
	}

	/**
	 * Reads a phrase that follows a name it describes, as "CEO Airlink" in "Adnan Aftab, CEO Airlink": whatever
	 * follows the post is the organisation, never another name.
	 */
	PersonPhrase readAsPost(String phrase) {
		return read(phrase, true);
	}

	private PersonPhrase read(String phrase, boolean nameGiven) {
		List<String> words = words(phrase);
		if (words.isEmpty()) {
			return PersonPhrase.NOTHING;
		}
		int post = -1;
		Post found = null;
		for (int i = 0; i < words.size() && found == null; i++) {
			found = Post.at(words, i);
			post = i;
		}
		if (found == null) {
			return withoutPost(words, nameGiven);
		}
		int start = post;
		String modifier = null;
		if (start > 0 && POST_MODIFIERS.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
			modifier = capitalised(words.get(start - 1));
			start--;
		}
		StringBuilder designation = new StringBuilder((modifier != null) ? modifier + " " : "").append(found.name());
		int next = post + found.length();
		boolean ownDepartment = false;
		if (Vocabulary.TAKES_PORTFOLIO.contains(found.name())) {
			int end = portfolioEnd(words, next);
			if (end > next) {
				for (int i = next; i < end; i++) {
					designation.append(' ').append(portfolioWord(words.get(i)));
				}
				ownDepartment = Vocabulary.HEADS_OF_DEPARTMENT.contains(found.name());
				next = end;
			}
		}
		if (next < words.size() && Vocabulary.REGIONS.contains(Vocabulary.bare(words.get(next)).toLowerCase(Locale.ROOT))
				&& (next + 1 == words.size() || !Vocabulary.isOrganisationWord(words.get(next + 1)))
				&& found.name().matches(".*(Minister|Governor|Chief Secretary|Secretary|Advocate General).*")) {
			designation.append(' ').append(Vocabulary.bare(words.get(next)));
			next++;
		}
		boolean organisationFirst = nameGiven;
		if (next < words.size() && words.get(next).matches("(?i)of|at|for|from")) {
			next++;
			organisationFirst = true;
			while (next < words.size() && words.get(next).equalsIgnoreCase("the")) {
				next++;
			}
		}
		// After a portfolio ("Federal Minister for Commerce Jam Kamal Khan") comes a name, not an organisation,
		// unless the words say otherwise (a known organisation, an acronym, "Group").
		Split rest = split(words.subList(next, words.size()), nameGiven, designation.length() > found.name().length()
				+ ((modifier != null) ? modifier.length() + 1 : 0));
		OrganisationMention organisation = rest.organisation();
		if (organisationFirst && rest.organisation() == null && rest.name() != null && !nameGiven
				&& !Vocabulary.isGivenName(rest.name().split(" ")[0]) && rest.honorific() == null) {
			organisation = OrganisationMention.of(rest.name());
			rest = new Split(organisation, null, null);
		}
		if (start > 0) {
			OrganisationMention before = OrganisationMention.of(join(words.subList(0, start)));
			if (before != null && organisation == null) {
				organisation = before;
			}
		}
		if (rest.name() == null && rest.group() != null) {
			return new PersonPhrase(null, null, designation.toString(), organisation, ownDepartment, rest.group());
		}
		return new PersonPhrase(rest.honorific(), rest.name(), designation.toString(), organisation, ownDepartment,
				null);
	}

	/** A phrase with no post: a name, an organisation, or a group such as "other officials". */
	private PersonPhrase withoutPost(List<String> words, boolean nameGiven) {
		if (words.stream().anyMatch(Vocabulary::isGroupWord)) {
			return new PersonPhrase(null, null, null, null, false, join(words).replaceFirst("^(?i)others\\b", "other"));
		}
		Split split = split(words, nameGiven, false);
		if (split.name() == null) {
			return PersonPhrase.NOTHING;
		}
		return new PersonPhrase(split.honorific(), split.name(), null, split.organisation(), false, null);
	}

	/**
	 * Where organisation ends and name begins in what follows a post: "OZI Group Usman Sheikh", "Viper Faisal",
	 * "RADA Abdullah Afzal", "Dr Asif Tufail".
	 */
	private Split split(List<String> words, boolean nameGiven, boolean afterPortfolio) {
		int size = words.size();
		if (size == 0) {
			return new Split(null, null, null);
		}
		if (nameGiven) {
			return new Split(OrganisationMention.of(join(words)), null, null);
		}
		// "Engr Kamran Ali of Fauji Cement": a name, then its organisation.
		for (int k = 1; k < size - 1; k++) {
			if (words.get(k).matches("of|at|from") && allNameWords(words.subList(0, k))
					&& Character.isUpperCase(words.get(k + 1).charAt(0))) {
				return withName(words.subList(k + 1, size), words.subList(0, k));
			}
		}
		for (int h = 0; h < size - 1; h++) {
			if (isHonorificBefore(words, h)) {
				return withName(words.subList(0, h), words.subList(h, size));
			}
		}
		for (int k = size; k >= 1; k--) {
			if ((k == size || allNameWords(words.subList(k, size)))
					&& this.knownOrganisation.test(OrganisationMention.of(join(words.subList(0, k))))) {
				return withName(words.subList(0, k), words.subList(k, size));
			}
		}
		for (int m = size - 1; m >= 0; m--) {
			if (Vocabulary.isOrganisationWord(words.get(m)) && !Vocabulary.isGivenName(words.get(m))
					&& allNameWords(words.subList(m + 1, size))) {
				return withName(words.subList(0, m + 1), words.subList(m + 1, size));
			}
		}
		int acronyms = 0;
		while (acronyms < size && Vocabulary.isAcronym(words.get(acronyms))) {
			acronyms++;
		}
		if (acronyms > 0 && allNameWords(words.subList(acronyms, size))) {
			return withName(words.subList(0, acronyms), words.subList(acronyms, size));
		}
		if (!allNameWords(words)) {
			if (words.stream().anyMatch(Vocabulary::isGroupWord)) {
				return new Split(null, null, null, join(words).replaceFirst("^(?i)others\\b", "other"));
			}
			return new Split(OrganisationMention.of(join(words)), null, null);
		}
		for (int g = 0; g < size && !afterPortfolio; g++) {
			if (Vocabulary.isGivenName(words.get(g))) {
				return withName(words.subList(0, g), words.subList(g, size));
			}
		}
		// No given name we know: two words are more often a name, more than two an organisation and a name.
		if (size >= 3 && !afterPortfolio) {
			return withName(words.subList(0, 1), words.subList(1, size));
		}
		return withName(List.of(), words);
	}

	private static Split withName(List<String> organisation, List<String> name) {
		OrganisationMention mention = organisation.isEmpty() ? null : OrganisationMention.of(join(organisation));
		List<String> honorifics = new ArrayList<>();
		int i = 0;
		while (i < name.size() - 1 && isHonorificBefore(name, i)) {
			honorifics.add(Vocabulary.honorific(name.get(i)));
			i++;
		}
		List<String> rest = new ArrayList<>(name.subList(i, name.size()));
		rest.removeIf((word) -> word.matches("(?i)\\((retd?\\.?|r)\\)"));
		if (rest.isEmpty() || rest.stream().noneMatch((word) -> Vocabulary.bare(word).length() > 1)) {
			return new Split(mention, null, null);
		}
		String fullName = String.join(" ", rest.stream().map(Vocabulary::bare).toList());
		return new Split(mention, honorifics.isEmpty() ? null : String.join(" ", honorifics), fullName);
	}

	/** Whether the word at {@code i} is an honorific: a title followed by a name ("Sheikh" too, but not at the end). */
	private static boolean isHonorificBefore(List<String> words, int i) {
		String word = words.get(i);
		if (!Vocabulary.isHonorific(word) || i + 1 >= words.size()) {
			return false;
		}
		String after = words.get(i + 1);
		if (!Vocabulary.isNameWord(after) && !Vocabulary.isHonorific(after)) {
			return false;
		}
		if (Vocabulary.HONORIFICS_ONLY_FIRST.contains(Vocabulary.bare(word).toLowerCase(Locale.ROOT)) && i > 0
				&& Vocabulary.isNameWord(words.get(i - 1)) && !Vocabulary.isOrganisationWord(words.get(i - 1))
				&& !Vocabulary.isAcronym(words.get(i - 1))) {
			return false;
		}
		return Character.isUpperCase(word.charAt(0));
	}

	/** The end of the portfolio after a post ("Finance", "(IT)", "e-governance", "Industries and Commerce"). */
	private static int portfolioEnd(List<String> words, int from) {
		int i = from;
		if (i < words.size() && words.get(i).equalsIgnoreCase("for") && i + 1 < words.size()
				&& Vocabulary.isPortfolio(words.get(i + 1))) {
			i++;
		}
		int end = from;
		while (i < words.size()) {
			String word = words.get(i);
			if (Vocabulary.isPortfolio(word) && !isHonorificBefore(words, i)
					&& !(Vocabulary.isGivenName(word) && i + 1 < words.size())) {
				i++;
				end = i;
			}
			else if ((word.equals("&") || word.equalsIgnoreCase("and")) && i + 1 < words.size()
					&& Vocabulary.isPortfolio(words.get(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		// "Secretary P&D Board": the words belong to an organisation's name, not to a portfolio.
		if (end < words.size() && Vocabulary.isOrganisationWord(words.get(end))) {
			return from;
		}
		return end;
	}

	private static String portfolioWord(String word) {
		String bare = Vocabulary.bare(word);
		if (bare.matches("(?i)e-[a-z]+")) {
			return "e-" + Character.toUpperCase(bare.charAt(2)) + bare.substring(3);
		}
		if (bare.equals("and") || bare.equals("for") || bare.equals("&")) {
			return bare;
		}
		return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
	}

	private static boolean allNameWords(List<String> words) {
		return words.stream().allMatch(Vocabulary::isNameWord);
	}

	/** The phrase's words, with words that only join it to its sentence dropped from its start. */
	private static List<String> words(String phrase) {
		if (phrase == null) {
			return List.of();
		}
		List<String> words = new ArrayList<>(Arrays.asList(phrase.strip().replaceAll("[.;:]+$", "").split("\\s+")));
		words.removeIf(String::isEmpty);
		while (!words.isEmpty() && LEADING_FILLER.contains(words.get(0).toLowerCase(Locale.ROOT))
				&& !(words.get(0).equalsIgnoreCase("other") && words.size() > 1
						&& Vocabulary.isGroupWord(words.get(words.size() - 1)))) {
			words.remove(0);
		}
		return words;
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
	}

	static String join(List<String> words) {
		return String.join(" ", words);
	}

	/** The organisation and the name in what follows a post, or a group. */
	private record Split(OrganisationMention organisation, String honorific, String name, String group) {

		Split(OrganisationMention organisation, String honorific, String name) {
			this(organisation, honorific, name, null);
		}

	}

	/** A post found in a phrase: how many words it takes and the name the registry gives it. */
	private record Post(int length, String name) {

		private static final int LONGEST = 4;

		static Post at(List<String> words, int start) {
			for (int length = Math.min(LONGEST, words.size() - start); length >= 1; length--) {
				List<String> candidate = words.subList(start, start + length);
				String written = String.join(" ", candidate.stream().map(Vocabulary::bare).toList());
				String key = written.toLowerCase(Locale.ROOT);
				String name = Vocabulary.POSTS.get(key);
				if (name == null) {
					continue;
				}
				if (Vocabulary.CAPITAL_ABBREVIATIONS.contains(key) && !written.equals(written.toUpperCase(Locale.ROOT))) {
					continue;
				}
				// "Chief" alone is a post only where it is written with a capital ("chief guest" is not).
				if (!Character.isUpperCase(written.charAt(0)) && length == 1 && !key.matches("chairman|chairperson|secretary|president|director|minister")) {
					continue;
				}
				return new Post(length, name);
			}
			return null;
		}

	}

}
