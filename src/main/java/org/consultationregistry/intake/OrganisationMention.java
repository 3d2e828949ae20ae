package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation as a text names it: "Punjab Board of Investment and Trade (PBIT)" is the name with the acronym
 * the text gives in brackets.
 *
 * @param name the name as written, without the bracketed acronym
 * @param acronym the acronym in brackets, or {@code null}
 */
record OrganisationMention(String name, String acronym) {

	private static final Pattern BRACKETED = Pattern.compile("\\s*\\(([^()]{1,20})\\)");

	/** Words that name a building or room of an organisation rather than the organisation itself. */
	private static final Pattern PREMISES = Pattern.compile(
			"(?i)\\s+(complex|hall|auditorium|committee room|conference room|meeting room|building|house|"
					+ "headquarters|head office|secretariat|office|offices|campus|premises)$");

	/** The mention in a piece of text, or {@code null} when it is blank. */
	static OrganisationMention of(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.strip().replaceAll("^(?i)(the|of|at|from)\\s+", "").replaceAll("[\\s,;:.]+$", "");
		if (cleaned.isEmpty()) {
			return null;
		}
		String acronym = null;
		Matcher bracketed = BRACKETED.matcher(cleaned);
		if (bracketed.find() && bracketed.group(1).matches("[A-Z][A-Za-z&.\\-]*[A-Z]\\.?")) {
			acronym = bracketed.group(1);
			cleaned = (cleaned.substring(0, bracketed.start()) + " " + cleaned.substring(bracketed.end())).strip();
		}
		cleaned = cleaned.replaceAll("\\s{2,}", " ").replaceAll("['’]s$", "");
		if (cleaned.isEmpty()) {
			return (acronym != null) ? new OrganisationMention(acronym, null) : null;
		}
		return new OrganisationMention(cleaned, acronym);
	}

	/**
	 * The organisation whose premises these are: "P&D Board Complex" and "the Committee Room of PBIT" are the
	 * P&D Board's and PBIT's; a venue that names no organisation (a hotel) gives {@code null}.
	 */
	static OrganisationMention owningPremises(String venue) {
		if (venue == null) {
			return null;
		}
		String original = venue.strip().replaceAll("^(?i)the\\s+", "");
		String owner = original.replaceAll("(?i)^.*?\\b(?:room|hall|office) of (?:the )?", "");
		Matcher premises = PREMISES.matcher(owner);
		while (premises.find()) {
			owner = owner.substring(0, premises.start());
			premises = PREMISES.matcher(owner);
		}
		boolean namesOrganisation = !owner.equals(original)
				|| java.util.Arrays.stream(owner.split("\\s+")).anyMatch(Vocabulary::isOrganisationWord);
		return namesOrganisation ? of(owner) : null;
	}

	/** How the text writes it: the name, with the acronym in brackets if it gave one. */
	String text() {
		return (this.acronym != null) ? this.name + " (" + this.acronym + ")" : this.name;
	}

	/** The names to look the organisation up by: its name and its acronym, each as a comparison key. */
	List<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(key(this.name));
		if (this.acronym != null) {
			keys.add(key(this.acronym));
		}
		keys.remove("");
		return new ArrayList<>(keys);
	}

	/**
	 * A name as compared with the registry's: lower case, "&" read as "and", punctuation as spaces, a leading
	 * "the" dropped. "P & D Board", "p&d board" and "P&D Board." compare equal; so do "Investment & Trade" and
	 * "Investment and Trade". The registry's side is computed the same way in SQL.
	 */
	static String key(String name) {
		String key = name.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
		return key.startsWith("the ") ? key.substring(4) : key;
	}

}
