package org.consultationregistry.minutes;

import org.consultationregistry.minutes.TextChange.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revisions are compared word by word, so that a reader sees exactly which words an erratum or an edit changed.
 */
class TextDiffTest {

	@Test
	void aReplacedWordIsShownRemovedThenAdded() {
		assertThat(TextDiff.between("The board will meet in January.", "The board will meet in March."))
			.containsExactly(new TextChange(Type.SAME, "The board will meet in "),
					new TextChange(Type.REMOVED, "January."), new TextChange(Type.ADDED, "March."));
	}

	@Test
	void wordsAddedAndRemovedInDifferentPlacesAreMarkedWhereTheyAre() {
		assertThat(TextDiff.between("Manufacturers asked for tax relief and a laboratory.",
				"Local manufacturers asked for tax relief and a testing laboratory."))
			.containsExactly(new TextChange(Type.REMOVED, "Manufacturers"),
					new TextChange(Type.ADDED, "Local manufacturers "),
					new TextChange(Type.SAME, "asked for tax relief and a "), new TextChange(Type.ADDED, "testing "),
					new TextChange(Type.SAME, "laboratory."));
	}

	@Test
	void aNewLineBreakAloneIsNotAChangeOfWording() {
		assertThat(TextDiff.between("One paragraph. Another.", "One paragraph.\n\nAnother."))
			.containsExactly(new TextChange(Type.SAME, "One paragraph.\n\nAnother."));
	}

}
