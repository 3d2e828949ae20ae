package org.consultationregistry.intake;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Datelines as newspapers and the board's press office write them, with and without a year.
 */
class DatelineTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			LAHORE, September 30: The meeting ...                                     | 2024-09-30 | Lahore
			date 2024-09-30 LAHORE, (Agency / News - 30th Sep, 2024) A session ...    | 2024-09-30 | Lahore
			Islamabad, 12th March 2024 - The board met ...                            | 2024-03-12 | Islamabad
			KARACHI: On Monday, September 30, 2024, the chamber ...                   | 2024-09-30 | Karachi
			Multan, 1st of October: The working party ...                             | 2024-10-01 | Multan
			Faisalabad, 30.09.2024: A delegation ...                                  | 2024-09-30 | Faisalabad
			DERA GHAZI KHAN, Jan 10 (APP): The commissioner ...                       | 2025-01-10 | Dera Ghazi Khan
			The session was held in Peshawar on 31/02/2024 or rather on 1 March 2024. | 2024-03-01 | Peshawar
			A session on exports was held on Sept. 3 at the chamber.                  | 2024-09-03 | -
			""")
	void readsTheDateAndCity(String text, LocalDate date, String city) {
		assertThat(Dateline.date(text, TODAY)).isEqualTo(date);
		assertThat(Dateline.city(text)).isEqualTo(city);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			LAHORE, March 12: The board met.                         | The board met.
			Lahore, 5th February 2024 - A delegation called on him.  | A delegation called on him.
			The board met in Lahore.                                 | The board met in Lahore.
			""")
	void takesTheDatelineOffASentence(String sentence, String stripped) {
		assertThat(Dateline.strip(sentence)).isEqualTo(stripped);
	}

}
