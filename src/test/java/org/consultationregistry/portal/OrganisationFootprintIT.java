package org.consultationregistry.portal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation footprint (V24), from which an organisation's page lists what it attended, raised and is concerned
 * by, stays equal to what the records say after each kind of change, however it is written: after every step the
 * table is compared, row for row, with the footprint worked out here from the records, independently of the view the
 * triggers use. Unless it says otherwise, a test runs in a transaction that is rolled back.
 */
@PortalTest
@Transactional
class OrganisationFootprintIT {

	/** What the page lists, worked out from the records as the page's queries did before V24. */
	private static final String EXPECTED = """
			select p.organisation_id, 'S' as kind, s.id as item_id, s.held_on::timestamp as sort_key,
			       s.status = 'PUBLISHED' as published
			from participant p join consultation_session s on s.id = p.session_id where p.organisation_id is not null
			union
			select i.raised_by_organisation_id, 'I', i.id, s.held_on::timestamp, s.status = 'PUBLISHED'
			from issue_raised i join consultation_session s on s.id = i.session_id
			where i.raised_by_organisation_id is not null
			union
			select pe.organisation_id, 'I', i.id, s.held_on::timestamp, s.status = 'PUBLISHED'
			from issue_raised i join consultation_session s on s.id = i.session_id join person pe on pe.id = i.raised_by_person_id
			where pe.organisation_id is not null
			union
			select r.responsible_organisation_id, 'R', r.id, r.created_at at time zone 'UTC', s.status = 'PUBLISHED'
			from recommendation r join consultation_session s on s.id = r.origin_session_id
			where r.responsible_organisation_id is not null
			union
			select r.proposer_organisation_id, 'R', r.id, r.created_at at time zone 'UTC', s.status = 'PUBLISHED'
			from recommendation r join consultation_session s on s.id = r.origin_session_id
			where r.proposer_organisation_id is not null
			union
			select i.raised_by_organisation_id, 'R', r.id, r.created_at at time zone 'UTC', s.status = 'PUBLISHED'
			from recommendation r join consultation_session s on s.id = r.origin_session_id
			join recommendation_issue ri on ri.recommendation_id = r.id join issue_raised i on i.id = ri.issue_id
			where i.raised_by_organisation_id is not null
			""";

	private static final String STORED = """
			select organisation_id, kind::text, item_id, sort_key, published from organisation_footprint
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	IssuesRaised issues;

	@Autowired
	Recommendations recommendations;

	@Test
	void theFootprintFollowsEveryChangeToTheRecords() {
		long mills = organisation("Ravi Mills (footprint test)");
		long ministry = organisation("Ministry of Canals (footprint test)");
		long weaver = id("insert into person (full_name, organisation_id) values ('Amna Weaver', ?) returning id",
				mills);
		long planned = id("""
				insert into consultation_session (title, theme, held_on, status)
				values ('Canal water for mills', 'Water', date '2001-03-01', 'PLANNED') returning id
				""");
		long published = id("""
				insert into consultation_session (title, theme, held_on, status)
				values ('Canal water, the follow-up', 'Water', date '2001-04-01', 'PUBLISHED') returning id
				""");

		long seat = id("insert into participant (session_id, person_id, organisation_id, role) "
				+ "values (?, ?, ?, 'PARTICIPANT') returning id", planned, weaver, mills);
		this.jdbc.update("insert into participant (session_id, designation, organisation_id, role) "
				+ "values (?, 'Secretary Canals', ?, 'CHAIR')", published, ministry);
		long weaversIssue = id("insert into issue_raised (session_id, raised_by_person_id, category, title) "
				+ "values (?, ?, 'INFRASTRUCTURE', 'Canals run dry in May') returning id", planned, weaver);
		long millsIssue = id("insert into issue_raised (session_id, raised_by_organisation_id, category, title) "
				+ "values (?, ?, 'REGULATION', 'Water permits take a year') returning id", published, mills);
		long permits = id("insert into recommendation (origin_session_id, title, status, responsible_organisation_id) "
				+ "values (?, 'Issue permits in a month', 'PROPOSED', ?) returning id", published, ministry);
		this.jdbc.update("insert into recommendation_issue (recommendation_id, issue_id) values (?, ?)", permits,
				millsIssue);
		long lining = id("insert into recommendation (origin_session_id, title, status, proposer_organisation_id) "
				+ "values (?, 'Line the canals', 'PROPOSED', ?) returning id", planned, mills);
		this.jdbc.update("insert into recommendation_issue (recommendation_id, issue_id) values (?, ?)", lining,
				weaversIssue);
		assertFootprintMatches("recorded");
		assertThat(footprintOf(mills)).as("the mills' footprint, not empty")
			.containsExactlyInAnyOrder("S" + planned, "I" + weaversIssue, "I" + millsIssue, "R" + permits,
					"R" + lining);
		assertThat(this.sessions.attendedBy(mills, Audience.STAFF, 20, 1000).items()).extracting("id")
			.containsExactly(planned);
		assertThat(this.issues.raisedBy(mills, Audience.STAFF, 20, 1000).items()).extracting("id")
			.as("newest session first, and no other kind of item taken for an issue")
			.containsExactly(millsIssue, weaversIssue);
		assertThat(this.issues.raisedBy(mills, Audience.PUBLIC, 20, 1000).items()).extracting("id")
			.containsExactly(millsIssue);
		assertThat(this.recommendations.concerning(mills, Audience.STAFF, 20, 1000).items()).extracting("id")
			.as("recorded at the same moment: the later id first")
			.containsExactly(lining, permits);

		this.jdbc.update("update participant set organisation_id = ? where id = ?", ministry, seat);
		assertFootprintMatches("a participant seated for another organisation");
		this.jdbc.update("delete from participant where id = ?", seat);
		assertFootprintMatches("a participant removed");
		this.jdbc.update("insert into participant (session_id, person_id, organisation_id, role) "
				+ "values (?, ?, ?, 'PRESENTER')", published, weaver, mills);
		assertFootprintMatches("a participant added");

		this.jdbc.update("update issue_raised set raised_by_organisation_id = ? where id = ?", ministry, millsIssue);
		assertFootprintMatches("an issue moved to another organisation");
		this.jdbc.update("update person set organisation_id = ? where id = ?", ministry, weaver);
		assertFootprintMatches("a person moved to another organisation");
		this.jdbc.update("update issue_raised set raised_by_person_id = null, raised_by_organisation_id = ? "
				+ "where id = ?", mills, weaversIssue);
		assertFootprintMatches("an issue credited to an organisation instead of a person");

		this.jdbc.update("update recommendation set responsible_organisation_id = ? where id = ?", mills, permits);
		assertFootprintMatches("a recommendation's responsible body changed");
		this.jdbc.update("update recommendation set proposer_organisation_id = null, created_at = "
				+ "timestamptz '2001-05-01 10:00+05' where id = ?", lining);
		assertFootprintMatches("a recommendation's proposer removed and its time changed");
		this.jdbc.update("delete from recommendation_issue where recommendation_id = ?", lining);
		assertFootprintMatches("an issue link removed");
		this.jdbc.update("update recommendation_issue set issue_id = ? where recommendation_id = ?", weaversIssue,
				permits);
		assertFootprintMatches("an issue link moved to another issue");

		this.jdbc.update("update consultation_session set status = 'PUBLISHED' where id = ?", planned);
		assertFootprintMatches("a session published");
		this.jdbc.update("update consultation_session set status = 'CIRCULATED' where id = ?", published);
		assertFootprintMatches("a session unpublished");
		this.jdbc.update("update consultation_session set held_on = date '2002-01-15' where id = ?", planned);
		assertFootprintMatches("a session moved to another day");

		this.jdbc.update("delete from recommendation where id = ?", permits);
		assertFootprintMatches("a recommendation deleted");
		this.jdbc.update("delete from issue_raised where id = ?", millsIssue);
		assertFootprintMatches("an issue deleted");
		this.jdbc.update("delete from recommendation where origin_session_id = ?", planned);
		this.jdbc.update("delete from consultation_session where id = ?", planned);
		assertFootprintMatches("a session deleted with what came out of it");
		assertThat(footprintOf(mills)).as("what is left of the mills' footprint: the weaver's seat for them")
			.containsExactly("S" + published);
	}

	/*
	 * Each transaction works the session's attendance out again: unless the second waits for the first, it inserts
	 * again the rows the first inserted (a duplicate key), or leaves out the first's.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void twoPeopleSeatedAtOneSessionAtOnceBothCount() throws Exception {
		long mills = organisation("Chenab Mills (footprint test)");
		long ministry = organisation("Ministry of Barrages (footprint test)");
		long authority = organisation("Barrage Authority (footprint test)");
		long session = id("""
				insert into consultation_session (title, theme, held_on, status)
				values ('Barrage levels', 'Water', date '2001-06-01', 'PLANNED') returning id
				""");
		String seat = "insert into participant (session_id, designation, organisation_id, role) "
				+ "values (?, 'Director', ?, 'PARTICIPANT')";
		// Someone already at the table: each transaction deletes and inserts their row again.
		this.jdbc.update(seat, session, authority);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			AtomicReference<Future<?>> second = new AtomicReference<>();
			transaction.executeWithoutResult((first) -> {
				this.jdbc.update(seat, session, mills);
				second.set(other.submit(() -> transaction
					.executeWithoutResult((status) -> this.jdbc.update(seat, session, ministry))));
				awaitSomeoneWaiting();
			});
			second.get().get(10, TimeUnit.SECONDS);

			assertFootprintMatches("two people seated at once");
			assertThat(this.jdbc.queryForList(
					"select organisation_id from organisation_footprint where kind = 'S' and item_id = ?", Long.class,
					session))
				.containsExactlyInAnyOrder(authority, mills, ministry);
		}
		finally {
			other.shutdownNow();
			this.jdbc.update("delete from consultation_session where id = ?", session);
			this.jdbc.update("delete from organisation where id in (?, ?, ?)", mills, ministry, authority);
		}
	}

	/** Until another transaction waits for a lock this one holds, so that the two overlap. */
	private void awaitSomeoneWaiting() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.jdbc.queryForObject("""
				select count(*) from pg_locks
				where not granted and pid in (select pid from pg_stat_activity where datname = current_database())
				""", Long.class) == 0) {
			assertThat(System.nanoTime()).as("the second transaction waiting").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private void assertFootprintMatches(String after) {
		List<Map<String, Object>> missing = this.jdbc.queryForList(EXPECTED + " except " + STORED);
		List<Map<String, Object>> extra = this.jdbc.queryForList(STORED + " except (" + EXPECTED + ")");
		assertThat(missing).as("rows missing from the footprint after: %s", after).isEmpty();
		assertThat(extra).as("rows the records no longer give after: %s", after).isEmpty();
	}

	private List<String> footprintOf(long organisation) {
		return this.jdbc.queryForList(
				"select kind || item_id from organisation_footprint where organisation_id = ?", String.class,
				organisation);
	}

	private long organisation(String name) {
		return id("insert into organisation (name, type) values (?, 'PRIVATE_SECTOR') returning id", name);
	}

	private long id(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

}
