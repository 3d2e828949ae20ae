package org.consultationregistry.system;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corner of the registry written straight into the database, with {@code n} of everything a page can list: a
 * session with n participants, n issues and n recommendations, following up a series of n earlier sessions (each
 * leaving a recommendation and a follow-up action open); one recommendation answering n issues, with n status
 * changes, n follow-up actions and n lines of audit trail; an issue raised again in each of the n sessions of the
 * series; an organisation with n people; minutes with n revisions and n suggestions; n accounts. Each participant,
 * owner and proposer is a different person of a different organisation, so that a page loading them one by one
 * would need one statement more for each.
 * <p>
 * None of it is published, so visitors and the tests that count what they see never meet it; the board's staff see
 * it first, because its sessions are held (and its recommendations made) in 2100.
 */
final class ProbeRecords {

	final int n;

	final long hub;

	final long session;

	final long participant;

	final long issue;

	final long issueRaisedAgain;

	final long recommendation;

	final long followUp;

	final long suggestion;

	final String account;

	private final JdbcTemplate jdbc;

	final String tag;

	private final List<Long> organisations = new ArrayList<>();

	private final List<Long> people = new ArrayList<>();

	/**
	 * @param n how many of everything
	 * @param firstDay the day the series begins; its sessions follow on the days after, the main session last
	 * @param passwordHash the hash of the accounts' password
	 */
	ProbeRecords(JdbcTemplate jdbc, int n, LocalDate firstDay, String passwordHash) {
		this.jdbc = jdbc;
		this.n = n;
		this.tag = "probe " + n + " " + Long.toString(System.nanoTime(), 36);
		this.hub = organisation("Probe hub " + this.tag);
		for (int i = 0; i < n; i++) {
			this.organisations.add(organisation("Probe member " + i + " " + this.tag));
			this.people.add(id("""
					insert into person (honorific, full_name, designation, organisation_id)
					values ('Dr', ?, 'Director', ?) returning id""", "Probe person " + i + " " + this.tag, this.hub));
		}

		Long earlier = null;
		Long earlierIssue = null;
		for (int i = 0; i < n; i++) {
			earlier = session("Earlier " + i, firstDay.plusDays(i), "HELD", this.organisations.get(i),
					this.people.get(i), earlier);
			participant(earlier, this.people.get(i), this.hub, "PARTICIPANT");
			earlierIssue = issue(earlier, this.people.get(i), this.hub, earlierIssue);
			long left = recommendation(earlier, this.people.get(i), this.hub, this.hub, i);
			followUp(left, i);
		}
		this.issueRaisedAgain = earlierIssue;

		this.session = session("Main", firstDay.plusDays(n), "CIRCULATED", this.hub, this.people.get(0), earlier);
		List<Long> participants = new ArrayList<>();
		List<Long> issues = new ArrayList<>();
		List<Long> recommendations = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			participants.add(participant(this.session, this.people.get(i), this.organisations.get(i),
					(i == 0) ? "CHAIR" : "PARTICIPANT"));
			issues.add(issue(this.session, this.people.get(i), this.organisations.get(i), null));
			recommendations.add(recommendation(this.session, this.people.get(i), this.organisations.get(i),
					this.organisations.get(i), n + i));
		}
		this.participant = participants.get(0);
		this.issue = issues.get(0);
		this.recommendation = recommendations.get(0);
		for (int i = 0; i < n; i++) {
			this.jdbc.update("insert into recommendation_issue (recommendation_id, issue_id) values (?, ?)",
					this.recommendation, issues.get(i));
			if (i > 0) {
				this.jdbc.update("insert into recommendation_issue (recommendation_id, issue_id) values (?, ?)",
						recommendations.get(i), issues.get(i));
			}
		}
		long lastFollowUp = 0;
		for (int i = 0; i < n; i++) {
			this.jdbc.update("""
					insert into recommendation_status_change
					    (recommendation_id, from_status, to_status, changed_by, changed_at, reason)
					values (?, ?, ?, 'probe', ?, 'Reviewed again')""", this.recommendation,
					(i % 2 == 0) ? "PROPOSED" : "UNDER_REVIEW", (i % 2 == 0) ? "UNDER_REVIEW" : "PROPOSED",
					timestamp(LocalDate.of(2100, 1, 1), n + 1 + i));
			lastFollowUp = followUp(this.recommendation, i);
			this.jdbc.update("""
					insert into audit_event (actor, action, record_type, record_id, changes)
					values ('probe', 'UPDATE', 'Recommendation', ?, cast(? as jsonb))""", this.recommendation,
					"{\"title\": [\"Draft " + i + "\", \"Draft " + (i + 1) + "\"]}");
		}
		// It stands where its history last moved it.
		this.jdbc.update("update recommendation set status = ? where id = ?", (n % 2 == 1) ? "UNDER_REVIEW" : "PROPOSED",
				this.recommendation);
		this.followUp = lastFollowUp;
		this.suggestion = minutes(firstDay);
		this.account = accounts(passwordHash);
	}

	/** Where the staff's lists show these records: the first page, n rows to a page. */
	String firstPage(String list) {
		return list + "?size=" + this.n;
	}

	private long organisation(String name) {
		return id("insert into organisation (name, type, sector) values (?, 'PRIVATE_SECTOR', 'Probing') returning id",
				name);
	}

	private long session(String title, LocalDate heldOn, String status, long organiser, long chair, Long followsUp) {
		return id("""
				insert into consultation_session (title, theme, held_on, city, organiser_id, chair_id, status, follows_up_id)
				values (?, 'Probing the pages', ?, 'Lahore', ?, ?, ?, ?) returning id""",
				title + " session " + this.tag, Date.valueOf(heldOn), organiser, chair, status, followsUp);
	}

	private long participant(long session, long person, long organisation, String role) {
		return id("""
				insert into participant (session_id, person_id, designation, organisation_id, role)
				values (?, ?, 'Director', ?, ?) returning id""", session, person, organisation, role);
	}

	private long issue(long session, long person, long organisation, Long earlierIssue) {
		return id("""
				insert into issue_raised (session_id, raised_by_person_id, raised_by_organisation_id, category, title,
				                          earlier_issue_id)
				values (?, ?, ?, 'TAXATION', ?, ?) returning id""", session, person, organisation,
				"Duty on parts " + this.tag, earlierIssue);
	}

	private long recommendation(long session, long person, long proposer, long responsible, int order) {
		long id = id("""
				insert into recommendation (origin_session_id, title, proposer_person_id, proposer_organisation_id,
				                            responsible_organisation_id, status, target_date, created_at)
				values (?, ?, ?, ?, ?, 'PROPOSED', date '2100-12-31', ?) returning id""", session,
				"Lower the duty " + order + " " + this.tag, person, proposer, responsible,
				timestamp(LocalDate.of(2100, 1, 1), order));
		this.jdbc.update("""
				insert into recommendation_status_change (recommendation_id, to_status, changed_by, changed_at)
				values (?, 'PROPOSED', 'probe', ?)""", id, timestamp(LocalDate.of(2100, 1, 1), order));
		return id;
	}

	private long followUp(long recommendation, int i) {
		return id("""
				insert into follow_up_action (recommendation_id, description, owner_organisation_id, owner_person_id,
				                              due_date)
				values (?, ?, ?, ?, date '2100-12-31') returning id""", recommendation, "Write to the ministry " + i,
				this.organisations.get(i), this.people.get(i));
	}

	/**
	 * Circulated minutes: the first revision written by an official, each later one a participant's accepted
	 * suggestion, and one suggestion still waiting.
	 * @return the waiting suggestion
	 */
	private long minutes(LocalDate day) {
		long minutes = id("""
				insert into minutes (session_id, current_revision, circulated_by, circulated_at)
				values (?, ?, 'probe', ?) returning id""", this.session, this.n, timestamp(day, 0));
		long waiting = 0;
		for (int i = 0; i < this.n; i++) {
			boolean accepted = i > 0;
			long suggestion = id("""
					insert into minutes_suggestion (minutes_id, person_id, suggested_by, suggested_at, based_on_revision,
					                                passage, replacement, status, decided_by, decided_at)
					values (?, ?, 'probe', ?, ?, 'duty', ?, ?, ?, ?) returning id""", minutes, this.people.get(i),
					timestamp(day, i), Math.max(i, 1), "customs duty " + i, accepted ? "ACCEPTED" : "PENDING",
					accepted ? "probe" : null, accepted ? timestamp(day, i) : null);
			if (!accepted) {
				waiting = suggestion;
			}
			this.jdbc.update("""
					insert into minutes_revision (minutes_id, number, kind, text, written_by, written_at, suggestion_id)
					values (?, ?, ?, ?, 'probe', ?, ?)""", minutes, i + 1, accepted ? "SUGGESTION" : "WRITTEN",
					"The members discussed the customs duty " + i + " on imported parts.", timestamp(day, i),
					accepted ? suggestion : null);
		}
		return waiting;
	}

	/**
	 * Accounts for the participants, named to come first in the admins' list.
	 * @return the username of the first participant's account
	 */
	private String accounts(String passwordHash) {
		String prefix = "0" + this.tag.replace(' ', '-') + "-";
		for (int i = 0; i < this.n; i++) {
			this.jdbc.update("""
					insert into user_account (username, display_name, password_hash, role, organisation_id, person_id)
					values (?, ?, ?, 'STAKEHOLDER', ?, ?)""", prefix + i, "Probe participant " + i, passwordHash,
					this.organisations.get(i), this.people.get(i));
		}
		return prefix + 0;
	}

	private long id(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

	private static Timestamp timestamp(LocalDate day, int minutes) {
		return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(minutes, ChronoUnit.MINUTES));
	}

}
