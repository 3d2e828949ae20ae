package org.consultationregistry.minutes;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.consultationregistry.minutes.MinutesRefusedException.Reason;

/**
 * The text of minutes as the registry keeps it, and the one edit a participant can suggest: replacing a passage.
 */
final class MinutesText {

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private MinutesText() {
	}

	/** Line breaks as {@code \n} whatever the browser sent, without blank lines or spaces at either end. */
	static String normalise(String text) {
		return (text != null) ? LINE_BREAK.matcher(text).replaceAll("\n").strip() : "";
	}

	/**
	 * Replaces the one place where {@code passage} appears in {@code text}. The passage matches whole words only
	 * ("cost" is not found in "costly"), and line breaks and runs of spaces in it match any whitespace in the text,
	 * so that a passage copied from the page (where line breaks may differ) is still found.
	 * @throws MinutesRefusedException if the passage is not found, or found more than once
	 */
	static String replace(String text, String passage, String replacement) {
		String stripped = passage.strip();
		String words = Arrays.stream(WHITESPACE.split(stripped))
			.map(Pattern::quote)
			.collect(Collectors.joining("\\s+"));
		String start = isWordCharacter(stripped.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
		String end = isWordCharacter(stripped.codePointBefore(stripped.length())) ? "(?![\\p{L}\\p{N}])" : "";
		Matcher matcher = Pattern.compile(start + words + end).matcher(text);
		if (!matcher.find()) {
			throw new MinutesRefusedException(Reason.PASSAGE_NOT_FOUND);
		}
		int matchStart = matcher.start();
		int matchEnd = matcher.end();
		if (matcher.find()) {
			throw new MinutesRefusedException(Reason.PASSAGE_NOT_UNIQUE);
		}
		return normalise(text.substring(0, matchStart) + normalise(replacement) + text.substring(matchEnd));
	}

	private static boolean isWordCharacter(int codePoint) {
		return Character.isLetterOrDigit(codePoint);
	}

}
