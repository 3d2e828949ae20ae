package org.consultationregistry.session;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.stereotype.Service;
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
	 * For every organisation that had someone at a session the audience may see, how many of its people sat at each
	 * such session (counted by the organisation they represented on the day). Organisations in alphabetical order,
	 * each one's sessions oldest first.
	 */
	public List<Attendance> attendance(Audience audience) {
		return rows(this.entityManager.createNativeQuery("""
				select o.id, o.name, o.type, s.id, s.title, s.held_on, count(p.id)
				from participant p
				join consultation_session s on s.id = p.session_id
				join organisation o on o.id = p.organisation_id
				where s.status in (:statuses)
				group by o.id, o.name, o.type, s.id, s.title, s.held_on
				order by lower(o.name), o.id, s.held_on, s.id
				""").setParameter("statuses", statuses(audience)).getResultList())
			.stream()
			.map((row) -> new Attendance(number(row[0]), (String) row[1], OrganisationType.valueOf((String) row[2]),
					number(row[3]), (String) row[4], date(row[5]), (int) number(row[6])))
			.toList();
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
			long sessionId, String sessionTitle, LocalDate sessionHeldOn, int people) {
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
