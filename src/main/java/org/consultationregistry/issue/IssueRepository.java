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
	 * The organisation's footprint (V24) lists its issues and its people's, newest session first; the newest are
	 * picked from its index (a range stopped at the limit) before any issue is read, then read with their sessions.
	 */
	@Query("""
			select i from IssueRaised i
			join fetch i.session s
			where i.id in (
			  select f.issueId from IssueOfOrganisation f
			  where f.organisationId = :organisationId and (:everything = true or f.published = true)
			  order by f.sortKey desc, f.issueId
			  limit :limit)
			order by s.heldOn desc, i.id
			""")
	List<IssueRaised> findRaisedBy(long organisationId, boolean everything, int limit);

	/* Counting no further than upTo, within the footprint's index alone. */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			  select 1 from organisation_footprint f
			  where f.organisation_id = :organisationId and f.kind = 'I' and (:everything or f.published)
			  limit :upTo) raised
			""")
	long countRaisedBy(long organisationId, boolean everything, int upTo);

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
