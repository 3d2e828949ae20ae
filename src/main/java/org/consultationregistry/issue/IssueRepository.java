package org.consultationregistry.issue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssueRepository extends JpaRepository<IssueRaised, Long> {

	/*
	 * Fetching with joins rather than an entity graph, and taking the audience as one boolean (everything: sessions of
	 * any status, otherwise only published ones) rather than a collection of statuses, lets Hibernate keep a query's
	 * translation to SQL instead of translating it on every execution.
	 */

	@Query("""
			select i from IssueRaised i
			join fetch i.session
			left join fetch i.raisedByPerson
			left join fetch i.raisedByOrganisation
			left join fetch i.earlierIssue
			where i.id = :id
			""")
	Optional<IssueRaised> findDetailedById(long id);

	@Query("""
			select i from IssueRaised i
			left join fetch i.raisedByPerson
			left join fetch i.raisedByOrganisation
			where i.session.id = :sessionId
			order by i.id
			""")
	List<IssueRaised> findRaisedIn(long sessionId);

	@Query("""
			select i from IssueRaised i
			join fetch i.session s
			where s.id in :sessionIds
			order by s.heldOn, i.id
			""")
	List<IssueRaised> findRaisedInAny(Collection<Long> sessionIds);

	/*
	 * The issues are found from the organisation's side (its own issues, and those of its people), a union of two
	 * index lookups, rather than by testing every issue in the registry against an "or" across a join. The indexes
	 * carry each issue's session, and a narrow index on sessions their date, so the newest are chosen before any
	 * issue is read; only those are then read, with their sessions.
	 */
	@Query("""
			select i from IssueRaised i
			join fetch i.session s
			where i.id in (
			  select x.id from (
			    select y.id as id, y.session.id as sessionId from IssueRaised y
			    where y.raisedByOrganisation.id = :organisationId
			    union
			    select y.id as id, y.session.id as sessionId from IssueRaised y join y.raisedByPerson person
			    where person.organisation.id = :organisationId) x
			  join ConsultationSession xs on xs.id = x.sessionId
			  where (:everything = true or xs.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			  order by xs.heldOn desc, x.id
			  limit :limit)
			order by s.heldOn desc, i.id
			""")
	List<IssueRaised> findRaisedBy(long organisationId, boolean everything, int limit);

	/*
	 * Counting no further than upTo, each issue's session is looked up by itself (a narrow index gives its status):
	 * joined instead, PostgreSQL reads every visible session in the registry to count a thousand issues.
	 */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			  select x.id from (
			    select id, session_id from issue_raised where raised_by_organisation_id = :organisationId
			    union
			    select i.id, i.session_id from issue_raised i join person p on p.id = i.raised_by_person_id
			    where p.organisation_id = :organisationId) x
			  where (select s.status from consultation_session s where s.id = x.session_id) in (:statuses)
			  limit :upTo) raised
			""")
	long countRaisedBy(long organisationId, Collection<String> statuses, int upTo);

	/**
	 * Every instance of an issue: walk back through "raised before" to the first time it came up, then forward to
	 * every later instance.
	 */
	@Query(nativeQuery = true, value = """
			with recursive back (id, earlier_issue_id, depth) as (
			    select id, earlier_issue_id, 0 from issue_raised where id = :id
			    union all
			    select i.id, i.earlier_issue_id, b.depth + 1
			    from issue_raised i join back b on i.id = b.earlier_issue_id
			    where b.depth < 500
			), first_instance as (
			    select id from back order by depth desc limit 1
			), forward (id, depth) as (
			    select id, 0 from first_instance
			    union all
			    select i.id, f.depth + 1
			    from issue_raised i join forward f on i.earlier_issue_id = f.id
			    where f.depth < 500
			)
			select id from forward
			""")
	List<Long> findInstanceIds(long id);

	@Query("""
			select i from IssueRaised i
			join fetch i.session s
			where i.id in :ids
			order by s.heldOn, i.id
			""")
	List<IssueRaised> findWithSessions(Collection<Long> ids);

}
