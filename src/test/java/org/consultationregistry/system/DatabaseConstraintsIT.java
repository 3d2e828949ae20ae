package org.consultationregistry.system;

import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses rows that break the registry's rules, whoever writes them. Each test runs in a
 * transaction that is rolled back.
 */
@PortalTest
@Transactional
class DatabaseConstraintsIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPersonSitsAtASessionsTableOnlyOnce() {
		long session = this.jdbc.queryForObject("select id from consultation_session limit 1", Long.class);
		long person = this.jdbc.queryForObject("select id from person where full_name = 'Adnan Aftab'", Long.class);

		assertThatThrownBy(() -> this.jdbc.update(
				"insert into participant (session_id, person_id, role) values (?, ?, 'PARTICIPANT')", session, person))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("participant_once_per_session");
	}

	@Test
	void aRecommendationStatusMustBeOneTheBoardUses() {
		long session = this.jdbc.queryForObject("select id from consultation_session limit 1", Long.class);

		assertThatThrownBy(() -> this.jdbc.update(
				"insert into recommendation (origin_session_id, title, status) values (?, 'Try harder', 'MAYBE')",
				session))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("recommendation_status_check");
	}

	@Test
	void aStakeholderAccountMustNameItsOrganisation() {
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into user_account (username, display_name, password_hash, role)
				values ('airlink.rep', 'Airlink representative', '{noop}x', 'STAKEHOLDER')
				"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("user_account_stakeholder_organisation");
	}

	@Test
	void anAliasNamesOnlyOneOrganisation() {
		long pbit = this.jdbc.queryForObject("select id from organisation where acronym = 'PBIT'", Long.class);

		assertThatThrownBy(() -> this.jdbc.update(
				"insert into organisation_alias (organisation_id, alias) values (?, 'p&d')", pbit))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("organisation_alias_key");
	}

	@Test
	void aParticipantIsAPersonOrAtLeastANamedOffice() {
		long session = this.jdbc.queryForObject("select id from consultation_session limit 1", Long.class);

		assertThatThrownBy(() -> this.jdbc
			.update("insert into participant (session_id, role) values (?, 'PARTICIPANT')", session))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("participant_person_or_office");
	}

}
