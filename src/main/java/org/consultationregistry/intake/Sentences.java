package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into sentences, each line (paragraph) on its own: at a full stop, question or exclamation mark
 * followed by a capital, but not after the abbreviations of titles ("Dr. Asif"), initials ("M. Ali") or
 * "No.".
 */
final class Sentences {

	private static final Pattern END = Pattern.compile("(?<=[.!?])[\"'”’)]?\\s+(?=[\"“‘(]?[\\p{Lu}\\d])");

	private static final Pattern ABBREVIATION = Pattern.compile(
			"(?i)(?:^|[\\s(])(?:dr|mr|mrs|ms|prof|engr|ch|st|no|nos|sr|jr|capt|col|brig|maj|gen|lt|retd|vs|etc|e\\.g|i\\.e"
					+ "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|addl|dy|govt|dept|pvt|ltd|co|[a-z])\\.$");

	private Sentences() {
	}

	/** The sentences of the text in order, whitespace within each collapsed. */
	static List<String> of(String text) {
		List<String> sentences = new ArrayList<>();
		for (String paragraph : text.split("\\R")) {
			String line = paragraph.strip().replaceAll("\\s+", " ");
			if (line.isEmpty()) {
				continue;
			}
			int start = 0;
			Matcher end = END.matcher(line);
			while (end.find()) {
				// Only the last word before the stop decides, which keeps long texts linear.
				int from = Math.max(start, line.lastIndexOf(' ', end.start() - 1));
				if (ABBREVIATION.matcher(line.substring(from, end.start())).find()) {
					continue;
				}
				add(sentences, line.substring(start, end.end()));
				start = end.end();
			}
			add(sentences, line.substring(start));
		}
		return sentences;
	}

	private static void add(List<String> sentences, String sentence) {
		String stripped = sentence.strip();
		if (!stripped.isEmpty()) {
			sentences.add(stripped);
		}
	}

}
