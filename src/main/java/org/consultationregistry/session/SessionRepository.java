package org.consultationregistry.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

/*
 * Named apart from Spring Session's own "sessionRepository", which keeps HTTP sessions (signed-in visitors), not
 * consultation sessions.
 */
@Repository("consultationSessionRepository")
interface SessionRepository extends JpaRepository<ConsultationSession, Long> {

	/*
	 * The queries below fetch with joins and take the audience as one boolean (everything: sessions of any status,
	 * otherwise only published ones), so that Hibernate may keep their translation to SQL: it translates a query with
	 * an entity graph or a collection parameter again on every execution. PostgreSQL plans each statement for its
	 * values, so the condition on the boolean costs nothing.
	 */

	@Query("""
			select s from ConsultationSession s
			left join fetch s.organiser
			left join fetch s.chair
			left join fetch s.followsUp
			where s.id = :id
			""")
	Optional<ConsultationSession> findDetailedById(long id);

	@Query("""
			select s from ConsultationSession s
			left join fetch s.organiser
			where (:everything = true or s.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			order by s.heldOn desc, s.id desc
			""")
	Slice<ConsultationSession> findNewestFirst(boolean everything, Pageable pageable);

	/** How many sessions have one of these statuses, counting no further than {@code limit}. */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			    select 1 from consultation_session s where s.status in (:statuses) limit :limit
			) counted
			""")
	long countUpTo(Collection<String> statuses, long limit);

	/** As {@link #findNewestFirst} without counting the total. */
	@Query("""
			select s from ConsultationSession s
			left join fetch s.organiser
			where (:everything = true or s.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			order by s.heldOn desc, s.id desc
			""")
	List<ConsultationSession> findLatest(boolean everything, Pageable pageable);

	/*
	 * The organisation's footprint (V24) lists the sessions its people attended, newest first: the newest are a range
	 * of its index, stopped at the limit, and only those sessions are read. The columns are named, to leave out the
	 * search vector, which doubled the time of the statement.
	 */
	@Query(nativeQuery = true, value = """
			select s.id, s.version, s.title, s.theme, s.held_on, s.starts_at, s.venue, s.city, s.organiser_id,
			       s.chair_id, s.objectives, s.summary, s.outcome, s.status, s.source_url, s.follows_up_id,
			       s.created_at, s.updated_at
			from consultation_session s
			where s.id in (
			  select f.item_id from organisation_footprint f
			  where f.organisation_id = :organisationId and f.kind = 'S' and (:everything or f.published)
			  order by f.sort_key desc, f.item_id desc
			  limit :limit)
			order by s.held_on desc, s.id desc
			""")
	List<ConsultationSession> findAttendedBy(long organisationId, boolean everything, int limit);

	/* Counting no further than upTo, within the footprint's index alone. */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			  select 1 from organisation_footprint f
			  where f.organisation_id = :organisationId and f.kind = 'S' and (:everything or f.published)
			  limit :upTo) attended
			""")
	long countAttendedBy(long organisationId, boolean everything, int upTo);

	@Query("""
			select count(s) from ConsultationSession s
			where (:everything = true or s.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			""")
	long countVisible(boolean everything);

	@Query("""
			select p from Participant p
			left join fetch p.person
			left join fetch p.organisation
			where p.session.id = :sessionId
			""")
	List<Participant> findParticipants(long sessionId);

	/** The sessions this one follows up, directly or through others (ids only). */
	@Query(nativeQuery = true, value = """
			with recursive earlier (id, follows_up_id, depth) as (
			    select id, follows_up_id, 0 from consultation_session where id = :id
			    union all
			    select s.id, s.follows_up_id, e.depth + 1
			    from consultation_session s join earlier e on s.id = e.follows_up_id
			    where e.depth < 500
			)
			select id from earlier where id <> :id
			""")
	List<Long> findEarlierInSeries(long id);

	/** The other sessions of this one's series: those it follows up and those that follow it up (ids only). */
	@Query(nativeQuery = true, value = """
			with recursive earlier (id, follows_up_id, depth) as (
			    select id, follows_up_id, 0 from consultation_session where id = :id
			    union all
			    select s.id, s.follows_up_id, e.depth + 1
			    from consultation_session s join earlier e on s.id = e.follows_up_id
			    where e.depth < 500
			), later (id, depth) as (
			    select id, 0 from consultation_session where id = :id
			    union all
			    select s.id, l.depth + 1
			    from consultation_session s join later l on s.follows_up_id = l.id
			    where l.depth < 500
			)
			select id from earlier where id <> :id
			union
			select id from later where id <> :id
			""")
	List<Long> findRestOfSeries(long id);

	/*
	 * Native, with the ids as one array: Hibernate translates a query with a parameter bound to a collection again on
	 * every execution.
	 */
	@Query(nativeQuery = true,
			value = "select * from consultation_session where id = any(:ids) order by held_on, id")
	List<ConsultationSession> findAllInDateOrder(Long[] ids);

}
