package org.consultationregistry.session;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the report feature reads about sessions: who attended which, and how many were held each month. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class SessionReports {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Who attended the sessions the audience may see that were held from {@code from} to {@code to} (both included):
	 * the sessions at which at least one organisation had someone, oldest first; and for every organisation that
	 * had someone at one of them, how many of its people sat at each (counted by the organisation they represented
	 * on the day), organisations in alphabetical order. Both are read from one snapshot, so that every session in the
	 * second is in the first.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Participation participation(Audience audience, LocalDate from, LocalDate to) {
		// Several years of a national board's sessions take longer than a page may: lift the statement limit for this
		// read-only transaction only, as the tracker export does.
		this.entityManager.createNativeQuery("select set_config('statement_timeout', '2min', true)").getSingleResult();
		List<SessionHeld> sessions = rows(this.entityManager.createNativeQuery("""
				select s.id, s.title, s.held_on
				from consultation_session s
				where s.status in (:statuses) and s.held_on between :from and :to
				  and exists (select 1 from participant p where p.session_id = s.id and p.organisation_id is not null)
				order by s.held_on, s.id
				""").setParameter("statuses", statuses(audience))
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList()).stream()
			.map((row) -> new SessionHeld(number(row[0]), (String) row[1], date(row[2])))
			.toList();
		// Counted per organisation and session before the organisation is joined, so that its name and kind are
		// read once per pair and not carried through the grouping.
		List<Attendance> attendance = rows(this.entityManager.createNativeQuery("""
				select o.id, o.name, o.type, a.session_id, a.people
				from (
				    select p.organisation_id, p.session_id, count(*) as people
				    from consultation_session s
				    join participant p on p.session_id = s.id
				    where s.status in (:statuses) and s.held_on between :from and :to and p.organisation_id is not null
				    group by p.organisation_id, p.session_id
				) a
				join organisation o on o.id = a.organisation_id
				order by lower(o.name), o.id
				""").setParameter("statuses", statuses(audience))
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList()).stream()
			.map((row) -> new Attendance(number(row[0]), (String) row[1], OrganisationType.valueOf((String) row[2]),
					number(row[3]), (int) number(row[4])))
			.toList();
		return new Participation(sessions, attendance);
	}

	/** How many sessions the audience may see were held from {@code from} to {@code to}, both included. */
	public long heldBetween(Audience audience, LocalDate from, LocalDate to) {
		return number(this.entityManager.createNativeQuery("""
				select count(*) from consultation_session s
				where s.status in (:statuses) and s.held_on between :from and :to
				""").setParameter("statuses", statuses(audience))
			.setParameter("from", from)
			.setParameter("to", to)
			.getSingleResult());
	}

	/**
	 * The organisations that had someone at the most sessions the audience may see, at most {@code limit} of them:
	 * most sessions first, then most people sent in all, then by name (as organisations are listed) and id. People
	 * count for the organisation they represented on the day.
	 */
	public List<ActiveOrganisation> mostActive(Audience audience, int limit) {
		// Counted in the database over every participant, but only the few wanted leave it. The sessions the audience
		// may not see are left out rather than each participant's session looked up: the staff see every session and
		// the public all but the few not yet published, so the set to leave out is small or empty.
		return rows(this.entityManager.createNativeQuery("""
				select o.id, o.name, o.type, t.sessions, t.people
				from (
				    select p.organisation_id, count(distinct p.session_id) as sessions, count(*) as people
				    from participant p
				    where p.organisation_id is not null
				      and p.session_id not in (select s.id from consultation_session s where s.status not in (:statuses))
				    group by p.organisation_id
				) t
				join organisation o on o.id = t.organisation_id
				order by t.sessions desc, t.people desc, lower(o.name) collate registry_text, o.id
				limit :limit
				""").setParameter("statuses", statuses(audience)).setParameter("limit", limit).getResultList())
			.stream()
			.map((row) -> new ActiveOrganisation(number(row[0]), (String) row[1],
					OrganisationType.valueOf((String) row[2]), number(row[3]), number(row[4])))
			.toList();
	}

	/** How many sessions the audience may see were held in each month, oldest first; months without one left out. */
	public List<MonthCount> heldPerMonth(Audience audience) {
		return rows(this.entityManager.createNativeQuery("""
				select extract(year from s.held_on), extract(month from s.held_on), count(*)
				from consultation_session s
				where s.status in (:statuses)
				group by 1, 2
				order by 1, 2
				""").setParameter("statuses", statuses(audience)).getResultList())
			.stream()
			.map((row) -> new MonthCount(YearMonth.of((int) number(row[0]), (int) number(row[1])), number(row[2])))
			.toList();
	}

	private static List<String> statuses(Audience audience) {
		return audience.visibleSessions().stream().map(SessionStatus::name).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Object[]> rows(List<?> result) {
		return (List<Object[]>) result;
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private static LocalDate date(Object value) {
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	/** How many people of one organisation sat at one session. */
	public record Attendance(long organisationId, String organisationName, OrganisationType organisationType,
			long sessionId, int people) {
	}

	public record SessionHeld(long id, String title, LocalDate heldOn) {
	}

	/**
	 * @param sessions the sessions at which some organisation had someone, oldest first
	 * @param attendance who sat at them, organisations in alphabetical order
	 */
	public record Participation(List<SessionHeld> sessions, List<Attendance> attendance) {
	}

	/**
	 * @param sessions how many sessions it had someone at
	 * @param people how many seats its people took at them, all sessions together
	 */
	public record ActiveOrganisation(long id, String name, OrganisationType type, long sessions, long people) {
	}

	public record MonthCount(YearMonth month, long sessions) {
	}

}
