package org.consultationregistry.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

/*
 * Named apart from Spring Session's own "sessionRepository", which keeps HTTP sessions (signed-in visitors), not
 * consultation sessions.
 */
@Repository("consultationSessionRepository")
interface SessionRepository extends JpaRepository<ConsultationSession, Long> {

	@EntityGraph(attributePaths = { "organiser", "chair", "followsUp" })
	Optional<ConsultationSession> findDetailedById(Long id);

	@EntityGraph(attributePaths = "organiser")
	@Query("""
			select s from ConsultationSession s
			where s.status in :statuses
			order by s.heldOn desc, s.id desc
			""")
	Slice<ConsultationSession> findNewestFirst(Collection<SessionStatus> statuses, Pageable pageable);

	/** How many sessions have one of these statuses, counting no further than {@code limit}. */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			    select 1 from consultation_session s where s.status in (:statuses) limit :limit
			) counted
			""")
	long countUpTo(Collection<String> statuses, long limit);

	/** As {@link #findNewestFirst} without counting the total. */
	@EntityGraph(attributePaths = "organiser")
	@Query("""
			select s from ConsultationSession s
			where s.status in :statuses
			order by s.heldOn desc, s.id desc
			""")
	List<ConsultationSession> findLatest(Collection<SessionStatus> statuses, Pageable pageable);

	@Query("""
			select s from ConsultationSession s
			where s.status in :statuses
			  and s.id in (select p.session.id from Participant p where p.organisation.id = :organisationId)
			order by s.heldOn desc, s.id desc
			""")
	List<ConsultationSession> findAttendedBy(long organisationId, Collection<SessionStatus> statuses,
			Pageable pageable);

	/*
	 * Counting no further than upTo, each of the organisation's sessions is looked up by itself (a narrow index gives
	 * its status): joined instead, PostgreSQL reads every visible session in the registry to count a few thousand.
	 */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			  select distinct p.session_id from participant p
			  where p.organisation_id = :organisationId
			    and (select s.status from consultation_session s where s.id = p.session_id) in (:statuses)
			  limit :upTo) attended
			""")
	long countAttendedBy(long organisationId, Collection<String> statuses, int upTo);

	long countByStatusIn(Collection<SessionStatus> statuses);

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

	@Query("select s from ConsultationSession s where s.id in :ids order by s.heldOn, s.id")
	List<ConsultationSession> findAllInDateOrder(Collection<Long> ids);

}
