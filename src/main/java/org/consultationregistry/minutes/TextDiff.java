package org.consultationregistry.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import org.consultationregistry.minutes.TextChange.Type;

/**
 * What changed from one text to another, word by word: the words kept, those removed and those added, in reading
 * order (a removal before the addition that replaces it). A change of spacing or line breaks alone is not a change
 * of wording, so it is shown as the new text without being marked.
 */
final class TextDiff {

	private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

	private TextDiff() {
	}

	static List<TextChange> between(String before, String after) {
		List<String> original = tokens(before);
		List<String> revised = tokens(after);
		Runs runs = new Runs();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(original, revised).getDeltas()) {
			Chunk<String> source = delta.getSource();
			runs.add(Type.SAME, original.subList(position, source.getPosition()));
			runs.add(Type.REMOVED, source.getLines());
			runs.add(Type.ADDED, delta.getTarget().getLines());
			position = source.getPosition() + source.size();
		}
		runs.add(Type.SAME, original.subList(position, original.size()));
		return runs.changes;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** Collects runs, joining neighbours of the same type. */
	private static final class Runs {

		private final List<TextChange> changes = new ArrayList<>();

		void add(Type type, List<String> tokens) {
			String text = String.join("", tokens);
			if (text.isEmpty()) {
				return;
			}
			if (text.isBlank()) {
				if (type == Type.REMOVED) {
					return;
				}
				type = Type.SAME;
			}
			int last = this.changes.size() - 1;
			if (type != Type.SAME && last >= 1 && this.changes.get(last).text().isBlank()
					&& this.changes.get(last - 1).type() == type) {
				// Two added (or removed) words with only a space between them read as one change.
				String space = this.changes.remove(last).text();
				text = this.changes.remove(last - 1).text() + space + text;
			}
			else if (last >= 0 && this.changes.get(last).type() == type) {
				text = this.changes.remove(last).text() + text;
			}
			this.changes.add(new TextChange(type, text));
		}

	}

}
