package org.consultationregistry.session;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.consultationregistry.session.SessionReports.ActiveOrganisation;
import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Five organisations send people to three published sessions and one still planned. The most active is the one at
 * the most sessions; between those at as many, the one that sent more people; between those that sent as many, the
 * first by name, whatever its capitals. The public's figures leave the planned session out. Other tests' organisations
 * rank among these, so only the order of this test's own is checked.
 */
@PortalTest
class MostActiveOrganisationsIT {

	@Autowired
	SessionReports reports;

	@Autowired
	JdbcTemplate jdbc;

	String marker;

	@BeforeEach
	void seatPeopleOfFiveOrganisations() {
		this.marker = UUID.randomUUID().toString().substring(0, 8);
		long first = session("PUBLISHED", 1);
		long second = session("PUBLISHED", 2);
		long third = session("PUBLISHED", 3);
		long planned = session("PLANNED", 4);
		seat(organisation("Gamma"), first, second, third);
		seat(organisation("Beta"), first, first, second);
		seat(organisation("alpha"), first, second, second);
		seat(organisation("Delta"), first, second);
		seat(organisation("Hidden"), planned, planned, planned, third);
	}

	@Test
	void theStaffSeeTheOrganisationsAtMostSessionsFirstThenMostPeopleThenByName() {
		assertThat(mine(Audience.STAFF)).extracting(ActiveOrganisation::name,
				ActiveOrganisation::sessions, ActiveOrganisation::people)
			.containsExactly(tuple(name("Gamma"), 3L, 3L), tuple(name("Hidden"), 2L, 4L),
					tuple(name("alpha"), 2L, 3L), tuple(name("Beta"), 2L, 3L), tuple(name("Delta"), 2L, 2L));
	}

	@Test
	void thePublicsFiguresLeaveOutSessionsNotYetPublished() {
		assertThat(mine(Audience.PUBLIC)).extracting(ActiveOrganisation::name,
				ActiveOrganisation::sessions, ActiveOrganisation::people)
			.containsExactly(tuple(name("Gamma"), 3L, 3L), tuple(name("alpha"), 2L, 3L),
					tuple(name("Beta"), 2L, 3L), tuple(name("Delta"), 2L, 2L), tuple(name("Hidden"), 1L, 1L));
	}

	@Test
	void aShortListIsTheTopOfTheWholeRanking() {
		List<ActiveOrganisation> all = this.reports.mostActive(Audience.STAFF, organisations());

		assertThat(this.reports.mostActive(Audience.STAFF, 3)).isEqualTo(all.subList(0, 3));
		assertThat(all).extracting(ActiveOrganisation::sessions).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	/** This test's organisations, in the order of the whole ranking. */
	private List<ActiveOrganisation> mine(Audience audience) {
		return this.reports.mostActive(audience, organisations())
			.stream()
			.filter((organisation) -> organisation.name().endsWith(this.marker))
			.toList();
	}

	private int organisations() {
		return this.jdbc.queryForObject("select count(*) from organisation", Integer.class);
	}

	private String name(String name) {
		return name + " " + this.marker;
	}

	private long organisation(String name) {
		return this.jdbc.queryForObject("""
				insert into organisation (name, type, sector) values (?, 'PRIVATE_SECTOR', 'Ranking') returning id""",
				Long.class, name(name));
	}

	private long session(String status, int day) {
		return this.jdbc.queryForObject("""
				insert into consultation_session (title, theme, held_on, status)
				values (?, 'Ranking organisations', ?, ?) returning id""", Long.class, "Ranking " + this.marker,
				Date.valueOf(LocalDate.of(1990, 1, day)), status);
	}

	/** One person of the organisation (an office, unnamed) at each session given, as often as it is given. */
	private void seat(long organisation, long... sessions) {
		for (long session : sessions) {
			this.jdbc.update("""
					insert into participant (session_id, designation, organisation_id, role)
					values (?, 'Director', ?, 'PARTICIPANT')""", session, organisation);
		}
	}

}
