package org.consultationregistry.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of a record with the words that matched a search marked. Templates print each part escaped and wrap the
 * matched ones in {@code <mark>}, so no text from a record is ever taken as markup.
 */
public record Snippet(List<Part> parts) {

	/** Put around matched words by PostgreSQL's {@code ts_headline}; control characters never reach stored text. */
	static final char START = '\u0002';

	static final char STOP = '\u0003';

	/** The options for {@code ts_headline} that mark matches the way {@link #parse} reads them. */
	public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	public record Part(String text, boolean match) {
	}

	public static Snippet parse(String headline) {
		List<Part> parts = new ArrayList<>();
		if (headline == null) {
			return new Snippet(parts);
		}
		StringBuilder current = new StringBuilder();
		boolean inMatch = false;
		for (char c : headline.toCharArray()) {
			if (c == START || c == STOP) {
				if (!current.isEmpty()) {
					parts.add(new Part(current.toString(), inMatch));
					current.setLength(0);
				}
				inMatch = (c == START);
			}
			else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			parts.add(new Part(current.toString(), inMatch));
		}
		return new Snippet(List.copyOf(parts));
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

}
