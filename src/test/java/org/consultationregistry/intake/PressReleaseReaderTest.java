package org.consultationregistry.intake;

import java.time.LocalDate;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.session.ParticipantRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Press releases of the kinds the board puts out, written for these tests: a working party, a chamber's
 * delegation, an investment board's meeting, a roundtable. The registry is taken to know only the demo
 * consultation's organisations, so that everything else has to be read from the language.
 */
class PressReleaseReaderTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

	private final PressReleaseReader reader = new PressReleaseReader(SeedPressReleaseTest.DemoRegistry::idOf);

	@Test
	void aWorkingPartyChairedByTheBoardsChairmanWithOfficesAndGroups() {
		Reading reading = this.reader.read("""
				LAHORE, March 12: The Provincial Development Working Party (PDWP) met here on Tuesday under the \
				chairmanship of Chairman P&D Board Dr Ahmad Raza Khan and approved seven development schemes of the \
				health and education sectors worth Rs 14 billion.
				Secretary Finance, Member Infrastructure Engr Tariq Mehmood, Chief Economist Dr Sadia Noor, \
				representatives of the Communication and Works Department and other officials attended the meeting.
				Member Infrastructure briefed the forum on the road schemes. The members stressed the need for timely \
				release of funds to ongoing projects.
				It was decided that schemes without land acquisition plans would be returned to the sponsoring \
				departments.
				""", TODAY);

		assertThat(reading.date()).isEqualTo(LocalDate.of(2024, 3, 12));
		assertThat(reading.city()).isEqualTo("Lahore");
		assertThat(reading.title()).startsWith("Meeting of Provincial Development Working Party");
		assertThat(reading.participants()).extracting((person) -> person.phrase().honorific(),
				(person) -> person.phrase().name(), (person) -> person.phrase().designation(),
				(person) -> SeedPressReleaseTest.DemoRegistry.nameOf(person.phrase().organisation()),
				Reading.Person::role)
			.containsExactly(tuple("Dr", "Ahmad Raza Khan", "Chairman", "P&D Board", ParticipantRole.CHAIR),
					tuple("Engr", "Tariq Mehmood", "Member Infrastructure", "P&D Board", ParticipantRole.PARTICIPANT),
					tuple("Dr", "Sadia Noor", "Chief Economist", "P&D Board", ParticipantRole.PARTICIPANT));
		assertThat(reading.offices()).extracting(Reading.Office::designation)
			.containsExactly("Secretary Finance", "representatives of the Communication and Works Department",
					"other officials");
		assertThat(reading.issues()).extracting(Reading.Issue::text, Reading.Issue::category)
			.containsExactly(tuple("Timely release of funds to ongoing projects", IssueCategory.FINANCE));
		assertThat(reading.recommendations()).extracting(Reading.Recommendation::text)
			.containsExactly("Timely release of funds to ongoing projects",
					"Schemes without land acquisition plans would be returned to the sponsoring departments");
		assertThat(reading.outcome()).contains("It was decided");
	}

	@Test
	void aChamberDelegationCallingOnAMinister() {
		Reading reading = this.reader.read("""
				Lahore, 5th February 2024 - A delegation of the Lahore Chamber of Commerce and Industry (LCCI) led \
				by its President Kashif Anwar called on Provincial Minister for Industries and Commerce Ch Shafay \
				Hussain at his office.
				The delegation included Senior Vice President Zafar Mehmood Chaudhry, Vice President Adnan Khalid \
				Butt and Executive Committee members.
				The LCCI President demanded a reduction in the electricity tariff for industrial units and called for \
				one-window facilitation for exporters.
				The minister assured the delegation that the government would take up the matter with the federal \
				government. Secretary Industries Dr Ahmad Javed Qazi was also present.
				""", TODAY);

		assertThat(reading.date()).isEqualTo(LocalDate.of(2024, 2, 5));
		assertThat(reading.participants()).extracting((person) -> person.phrase().displayName(),
				(person) -> person.phrase().designation(), Reading.Person::role)
			.containsExactly(tuple("Kashif Anwar", "President", ParticipantRole.PARTICIPANT),
					tuple("Ch Shafay Hussain", "Provincial Minister for Industries and Commerce", ParticipantRole.CHAIR),
					tuple("Zafar Mehmood Chaudhry", "Senior Vice President", ParticipantRole.PARTICIPANT),
					tuple("Adnan Khalid Butt", "Vice President", ParticipantRole.PARTICIPANT),
					tuple("Dr Ahmad Javed Qazi", "Secretary Industries", ParticipantRole.PARTICIPANT));
		assertThat(reading.participants().get(0).phrase().organisation().acronym()).isEqualTo("LCCI");
		assertThat(reading.offices()).extracting(Reading.Office::designation)
			.containsExactly("Executive Committee members");
		assertThat(reading.issues()).extracting(Reading.Issue::category, Reading.Issue::raisedBy)
			.containsExactly(tuple(IssueCategory.INFRASTRUCTURE, "LCCI President"),
					tuple(IssueCategory.TRADE_AND_IMPORTS, "LCCI President"));
	}

	@Test
	void anInvestmentBoardMeetingWithAppositionsAndANameWithoutAPost() {
		Reading reading = this.reader.read("""
				The Punjab Board of Investment and Trade held its 21st Board of Directors meeting at the PBIT \
				office in Lahore on 14/08/2024 under the chairmanship of its Chairman Syed Ali Raza.
				The meeting was attended by Chief Executive Officer PBIT Jahanzeb Burana, Secretary Industries, \
				Mian Nauman Kabir, Chairman Punjab Industrial Estates, Ms Fatima Hassan, a member of the board from \
				the private sector, and representatives of the Finance Department.
				The CEO briefed the board on the investment facilitation portal. The board recommended that a \
				dedicated desk for overseas investors be set up within three months.
				Members proposed to revise the incentive package for special economic zones.
				""", TODAY);

		assertThat(reading.date()).isEqualTo(LocalDate.of(2024, 8, 14));
		assertThat(reading.city()).isEqualTo("Lahore");
		assertThat(reading.title()).isEqualTo("21st Board of Directors meeting of Punjab Board of Investment and Trade");
		assertThat(reading.participants()).extracting((person) -> person.phrase().displayName(),
				(person) -> person.phrase().designation(),
				(person) -> SeedPressReleaseTest.DemoRegistry.nameOf(person.phrase().organisation()),
				Reading.Person::role)
			.containsExactly(tuple("Syed Ali Raza", "Chairman", "PBIT", ParticipantRole.CHAIR),
					tuple("Jahanzeb Burana", "Chief Executive Officer", "PBIT", ParticipantRole.PARTICIPANT),
					tuple("Mian Nauman Kabir", "Chairman", "Punjab Industrial Estates", ParticipantRole.PARTICIPANT),
					tuple("Ms Fatima Hassan", null, null, ParticipantRole.PARTICIPANT));
		assertThat(reading.offices()).extracting(Reading.Office::designation)
			.containsExactly("Secretary Industries", "representatives of the Finance Department");
		assertThat(reading.issues()).isEmpty();
		assertThat(reading.recommendations()).extracting(Reading.Recommendation::text)
			.containsExactly("A dedicated desk for overseas investors be set up within three months",
					"Revise the incentive package for special economic zones");
	}

	@Test
	void peopleSpokenOfButNotPresentAreLeftOut() {
		Reading reading = this.reader.read("""
				ISLAMABAD, Sep 3 (APP): In line with the vision of Prime Minister Shehbaz Sharif, a roundtable on \
				electronics exports was held at the Ministry of Commerce.
				Adnan Aftab, CEO Airlink, the Chairman of PBIT, Faisal Yousaf, and Secretary Commerce participated \
				in the roundtable.
				Speaking on the occasion, Federal Minister for Commerce Jam Kamal Khan said that the government \
				would support exporters of mobile phones.
				On the directions of the Chief Minister Maryam Nawaz, the provincial government has set up a \
				facilitation desk.
				Participants called for the withdrawal of duty on imported components.
				""", TODAY);

		assertThat(reading.date()).isEqualTo(LocalDate.of(2024, 9, 3));
		assertThat(reading.city()).isEqualTo("Islamabad");
		assertThat(reading.title()).isEqualTo("Roundtable on electronics exports");
		assertThat(reading.venue()).isEqualTo("Ministry of Commerce");
		assertThat(reading.participants()).extracting((person) -> person.phrase().name(),
				(person) -> person.phrase().designation(),
				(person) -> SeedPressReleaseTest.DemoRegistry.nameOf(person.phrase().organisation()))
			.containsExactly(tuple("Adnan Aftab", "Chief Executive Officer", "Airlink"),
					tuple("Faisal Yousaf", "Chairman", "PBIT"),
					tuple("Jam Kamal Khan", "Federal Minister for Commerce", null));
		assertThat(reading.offices()).extracting(Reading.Office::designation).containsExactly("Secretary Commerce");
	}

	@Test
	void whoChairedBriefedAndSpokeInRunningText() {
		Reading reading = this.reader.read("""
				Karachi, 30-09-2024: A meeting of the board of the Sindh Enterprise Development Fund was presided \
				over by Chairperson Ms Nadia Jafri. The participants were briefed by Director Projects Engr Bilal \
				Ahmed. Addressing the meeting, Managing Director Sindh Small Industries Corporation Zubair Motiwala \
				highlighted the problems of small exporters in getting credit from banks.
				""", TODAY);

		assertThat(reading.city()).isEqualTo("Karachi");
		assertThat(reading.date()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(reading.participants()).extracting((person) -> person.phrase().displayName(),
				(person) -> person.phrase().designation(), Reading.Person::role)
			.containsExactly(tuple("Ms Nadia Jafri", "Chairperson", ParticipantRole.CHAIR),
					tuple("Engr Bilal Ahmed", "Director Projects", ParticipantRole.PRESENTER),
					tuple("Zubair Motiwala", "Managing Director", ParticipantRole.PARTICIPANT));
		assertThat(reading.participants().get(2).phrase().organisation().name())
			.isEqualTo("Sindh Small Industries Corporation");
		assertThat(reading.issues()).extracting(Reading.Issue::category, Reading.Issue::raisedBy)
			.containsExactly(tuple(IssueCategory.FINANCE, "Zubair Motiwala"));
		assertThat(reading.recommendations()).isEmpty();
	}

	@Test
	void aTextAboutNoSessionDescribesNone() {
		assertThat(this.reader.read("The weather in Lahore stayed warm all week.", TODAY).describesASession())
			.isFalse();
		assertThat(this.reader.read("Prices rose on 3 March 2024 across the province.", TODAY).describesASession())
			.isFalse();
	}

}
