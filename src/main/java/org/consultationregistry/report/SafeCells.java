package org.consultationregistry.report;

/**
 * Text from the registry made safe to put in a spreadsheet cell or a CSV field. A spreadsheet program reads text
 * that starts with {@code =}, {@code +}, {@code -} or {@code @} (or with a tab or carriage return before one) as a
 * formula, which can run commands or send data elsewhere when the file is opened (formula injection). Such text is
 * prefixed with an apostrophe, which the program shows as text.
 */
final class SafeCells {

	private SafeCells() {
	}

	static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

	/** The text a neutralised cell stood for: one leading apostrophe before a formula character is taken off. */
	static String restore(String text) {
		if (text != null && text.length() > 1 && text.charAt(0) == '\''
				&& "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

}
