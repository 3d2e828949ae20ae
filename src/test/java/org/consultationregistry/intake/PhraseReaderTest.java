package org.consultationregistry.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes in which press releases name someone at the table. The registry here knows no organisation at all,
 * so every boundary between post, organisation and name is found from the words themselves.
 */
class PhraseReaderTest {

	private final PhraseReader phrases = new PhraseReader((mention) -> false);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			P&D Board Secretary Dr Asif Tufail                  | Dr        | Asif Tufail       | Secretary                     | P&D Board
			CEO Airlink Adnan Aftab                             | -         | Adnan Aftab       | Chief Executive Officer       | Airlink
			Chairman P&D Board Nabeel Ahmad Awan                | -         | Nabeel Ahmad Awan | Chairman                      | P&D Board
			CEO OZI Group Usman Sheikh                          | -         | Usman Sheikh      | Chief Executive Officer       | OZI Group
			CEO RADA Abdullah Afzal                             | -         | Abdullah Afzal    | Chief Executive Officer       | RADA
			COO Viper Faisal                                    | -         | Faisal            | Chief Operating Officer       | Viper
			DG e-governance Sajid Latif                         | -         | Sajid Latif       | Director General e-Governance | -
			Chief IT Waqas Ranjha                               | -         | Waqas Ranjha      | Chief IT                      | -
			Managing Director Engr. Kamran Ali of Fauji Cement  | Engr      | Kamran Ali        | Managing Director             | Fauji Cement
			Vice Chancellor UET Prof. Dr. Shahid Munir          | Prof Dr   | Shahid Munir      | Vice Chancellor               | UET
			Mian Muhammad Aslam                                 | Mian      | Muhammad Aslam    | -                             | -
			Syed Ali Raza                                       | Syed      | Ali Raza          | -                             | -
			Provincial Minister for Industries Ch Shafay Hussain | Ch       | Shafay Hussain    | Provincial Minister for Industries | -
			President FPCCI Atif Ikram Sheikh                   | -         | Atif Ikram Sheikh | President                     | FPCCI
			Country Director World Bank Najy Benhassine         | -         | Najy Benhassine   | Country Director              | World Bank
			""")
	void readsAPersonInAnyOfTheUsualShapes(String phrase, String honorific, String name, String designation,
			String organisation) {
		PersonPhrase read = this.phrases.read(phrase);

		assertThat(read.honorific()).isEqualTo(honorific);
		assertThat(read.name()).isEqualTo(name);
		assertThat(read.designation()).isEqualTo(designation);
		assertThat((read.organisation() != null) ? read.organisation().name() : null).isEqualTo(organisation);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Secretary Finance                 | Secretary Finance             | -
			the Chairman of PBIT              | Chairman                      | PBIT
			Additional Secretary (Budget)     | Additional Secretary (Budget) | -
			Chief Minister Punjab             | Chief Minister Punjab         | -
			""")
	void readsAnOfficeWithoutInventingAPerson(String phrase, String designation, String organisation) {
		PersonPhrase read = this.phrases.read(phrase);

		assertThat(read.isOffice()).isTrue();
		assertThat(read.designation()).isEqualTo(designation);
		assertThat((read.organisation() != null) ? read.organisation().name() : null).isEqualTo(organisation);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			CEO Airlink  | Airlink
			Chairman PBIT | PBIT
			""")
	void readsAPostAfterANameAsPostAndOrganisation(String phrase, String organisation) {
		PersonPhrase read = this.phrases.readAsPost(phrase);

		assertThat(read.name()).isNull();
		assertThat(read.organisation().name()).isEqualTo(organisation);
	}

}
