package org.consultationregistry.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What someone typed into a search box, read as words. Every word must match, and each matches as the start of a word
 * ("manufact" finds "manufacturing"); punctuation and operators are ignored, so no input can break the query.
 */
public final class SearchTerms {

	/** Longer queries add nothing but cost: the first words decide. */
	private static final int MAX_WORDS = 8;

	/**
	 * The full-text query for the words of the parameter {@code :words}, worked out once per statement. The function
	 * reads the lexicon of indexed words (V21), so it is stable: called directly, PostgreSQL would call it again for
	 * every row it ranks, marks or checks.
	 */
	public static final String QUERY = "(select registry_query(:words))";

	/**
	 * How many matches of one kind a site-wide search ranks to find its best few: the first found in the words' index,
	 * not all of them. A common word matches a third of the registry, and ranking every match (reading each one's
	 * words) took most of a second. The first found come in table order, mostly the older records, so for a common
	 * word the few shown are the best of those; the full lists the search links to rank every match.
	 */
	public static final int RANKED_CANDIDATES = 200;

	private static final int MAX_WORD_LENGTH = 60;

	private static final int MAX_TEXT_LENGTH = 200;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	private final String text;

	private final List<String> words;

	private SearchTerms(String text, List<String> words) {
		this.text = text;
		this.words = words;
	}

	public static SearchTerms of(String typed) {
		String text = (typed != null) ? CONTROL.matcher(typed).replaceAll(" ").strip() : "";
		if (text.length() > MAX_TEXT_LENGTH) {
			text = text.substring(0, MAX_TEXT_LENGTH);
		}
		List<String> words = new ArrayList<>();
		for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty() && words.size() < MAX_WORDS) {
				words.add((word.length() > MAX_WORD_LENGTH) ? word.substring(0, MAX_WORD_LENGTH) : word);
			}
		}
		return new SearchTerms(text, List.copyOf(words));
	}

	public boolean isEmpty() {
		return this.words.isEmpty();
	}

	/** The text as typed, cleaned of control characters, for showing back in the search box. */
	public String text() {
		return this.text;
	}

	public List<String> words() {
		return this.words;
	}

	/**
	 * The words joined by spaces: for the database function {@code registry_query}, and for comparing with names by
	 * similarity. The words hold only letters, marks and digits.
	 */
	public String joined() {
		return String.join(" ", this.words);
	}

}
