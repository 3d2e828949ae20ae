package org.consultationregistry.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.session.ParticipantRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The press release the issue was filed with, read as it was published (it lies beside the repository, in
 * ../shared/seed, and the test is skipped where it does not). The registry is taken to know the demo organisations.
 */
class SeedPressReleaseTest {

	private static final Path SEED = Path.of("../shared/seed/press-release-2024-09-30-it-hardware-session.txt");

	@Test
	void findsTheThirteenPeopleAtTheTableAndNobodyElse() throws IOException {
		assumeThat(Files.exists(SEED)).as("the seed press release beside the repository").isTrue();
		Reading reading = new PressReleaseReader(DemoRegistry::idOf).read(Files.readString(SEED),
				LocalDate.of(2025, 1, 1));

		assertThat(reading.date()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(reading.city()).isEqualTo("Lahore");
		assertThat(reading.participants()).extracting((person) -> person.phrase().honorific(),
				(person) -> person.phrase().name(), (person) -> person.phrase().designation(),
				(person) -> DemoRegistry.nameOf(person.phrase().organisation()), Reading.Person::role)
			.containsExactlyInAnyOrder(
					tuple("Barrister", "Nabeel Ahmad Awan", "Chairman", "P&D Board", ParticipantRole.CHAIR),
					tuple("Dr", "Asif Tufail", "Secretary", "P&D Board", ParticipantRole.PARTICIPANT),
					tuple(null, "Faisal Yousaf", "Chairman", "PBIT", ParticipantRole.PARTICIPANT),
					tuple(null, "Sajid Latif", "Director General e-Governance", "P&D Board",
							ParticipantRole.PARTICIPANT),
					tuple(null, "Waqas Ranjha", "Chief IT", "P&D Board", ParticipantRole.PARTICIPANT),
					tuple(null, "Naseer", "Chief Governance", "P&D Board", ParticipantRole.PARTICIPANT),
					tuple(null, "Usman Sheikh", "Chief Executive Officer", "OZI Group", ParticipantRole.PARTICIPANT),
					tuple(null, "Faisal", "Chief Operating Officer", "Viper", ParticipantRole.PARTICIPANT),
					tuple(null, "Khushnood", "Chief Executive Officer", "Viper", ParticipantRole.PARTICIPANT),
					tuple(null, "Adnan Aftab", "Chief Executive Officer", "Airlink", ParticipantRole.PARTICIPANT),
					tuple(null, "Ali Rashid", "Chief Executive Officer", "Roboart", ParticipantRole.PARTICIPANT),
					tuple(null, "Abdullah Afzal", "Chief Executive Officer", "RADA", ParticipantRole.PARTICIPANT),
					tuple(null, "Abdul Basit", "Chief Executive Officer", "Dysol", ParticipantRole.PARTICIPANT));
		assertThat(reading.issues()).extracting(Reading.Issue::category)
			.containsExactly(IssueCategory.TRADE_AND_IMPORTS, IssueCategory.TAXATION,
					IssueCategory.PUBLIC_PROCUREMENT);
		assertThat(reading.recommendations()).hasSize(4);
		assertThat(reading.outcome()).contains("consensus");
		assertThat(reading.venue()).contains("Complex");
		assertThat(reading.title()).isEqualTo("Consultative session on IT hardware production");
	}

	/** The organisations of the demo consultation, by every name they go by, with their ids in a fresh registry. */
	static final class DemoRegistry {

		private static final List<List<String>> NAMES = List.of(
				List.of("P&D Board", "Planning and Development Board", "Planning & Development Board", "P&D"),
				List.of("PBIT", "Punjab Board of Investment and Trade", "Punjab Board of Investment & Trade"),
				List.of("OZI Group"), List.of("Viper"), List.of("Airlink"), List.of("Roboart"), List.of("RADA"),
				List.of("Dysol"));

		static Long idOf(OrganisationMention mention) {
			for (int i = 0; i < NAMES.size(); i++) {
				for (String name : NAMES.get(i)) {
					if (mention.keys().contains(OrganisationMention.key(name))) {
						return (long) i + 1;
					}
				}
			}
			return null;
		}

		static String nameOf(OrganisationMention mention) {
			if (mention == null) {
				return null;
			}
			Long id = idOf(mention);
			return (id != null) ? NAMES.get(id.intValue() - 1).get(0) : mention.text();
		}

	}

}
