package org.consultationregistry.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.consultationregistry.issue.IssueRaised;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecommendationRepository extends ListCrudRepository<Recommendation, Long> {

	/*
	 * Fetching with joins rather than an entity graph, and taking single values (everything: sessions of any status,
	 * otherwise only published ones; a status or null for any) rather than collections, lets Hibernate keep a query's
	 * translation to SQL instead of translating it on every execution. PostgreSQL plans each statement for its
	 * values, so the conditions on them cost nothing.
	 */

	@Query("""
			select r from Recommendation r
			join fetch r.originSession s
			left join fetch r.responsibleOrganisation
			where (:everything = true or s.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			  and (:status is null or r.status = :status)
			order by r.createdAt desc, r.id desc
			""")
	Slice<Recommendation> findNewestFirst(RecommendationStatus status, boolean everything, Pageable pageable);

	/** How many {@link #findNewestFirst} would list in all, counting no further than {@code limit}. */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			    select 1 from recommendation r
			    join consultation_session s on s.id = r.origin_session_id
			    where s.status in (:sessionStatuses) and r.status in (:statuses)
			    limit :limit
			) counted
			""")
	long countNewestFirstUpTo(Collection<String> statuses, Collection<String> sessionStatuses, long limit);

	@Query("""
			select r from Recommendation r
			join fetch r.originSession
			left join fetch r.proposerPerson
			left join fetch r.proposerOrganisation
			left join fetch r.responsibleOrganisation
			where r.id = :id
			""")
	Optional<Recommendation> findDetailedById(long id);

	/** The recommendation with the people and organisations it names; its session is left for the caller. */
	@Query("""
			select r from Recommendation r
			left join fetch r.proposerPerson
			left join fetch r.proposerOrganisation
			left join fetch r.responsibleOrganisation
			where r.id = :id
			""")
	Optional<Recommendation> findForEditing(long id);

	@Query("select c from StatusChange c where c.recommendation.id = :id order by c.changedAt, c.id")
	List<StatusChange> findHistory(long id);

	@Query("""
			select a from FollowUpAction a
			left join fetch a.ownerOrganisation
			left join fetch a.ownerPerson
			where a.recommendation.id = :id
			order by a.dueDate nulls last, a.id
			""")
	List<FollowUpAction> findFollowUpActions(long id);

	@Query("""
			select i from Recommendation r join r.addressedIssues i
			where r.id = :id
			order by i.id
			""")
	List<IssueRaised> findAddressedIssues(long id);

	@Query("""
			select r from Recommendation r
			left join fetch r.responsibleOrganisation
			where r.originSession.id = :sessionId
			order by r.id
			""")
	List<Recommendation> findFromSession(long sessionId);

	/*
	 * Three lists, each read newest first from an index and stopped at the limit: those it is responsible for, those
	 * it proposed, and those answering an issue it raised; the newest of the three together are the answer. (An "or"
	 * across the three instead walks every recommendation in the registry newest first until enough match: all
	 * 500,000 for an organisation with a handful.) The third list has no index in that order: the recommendations
	 * answering its issues (a thousand for the busiest) are gathered first, into an array so that PostgreSQL cannot
	 * turn the walk around, and the newest of them taken.
	 */
	@Query(nativeQuery = true, value = """
			select r.* from recommendation r
			where r.id in (
			  (select x.id from recommendation x join consultation_session s on s.id = x.origin_session_id
			   where x.responsible_organisation_id = :organisationId and s.status in (:sessionStatuses)
			   order by x.created_at desc, x.id desc limit :limit)
			  union all
			  (select x.id from recommendation x join consultation_session s on s.id = x.origin_session_id
			   where x.proposer_organisation_id = :organisationId and s.status in (:sessionStatuses)
			   order by x.created_at desc, x.id desc limit :limit)
			  union all
			  (select x.id from recommendation x join consultation_session s on s.id = x.origin_session_id
			   where x.id = any (array(select ri.recommendation_id from recommendation_issue ri
			                           join issue_raised i on i.id = ri.issue_id
			                           where i.raised_by_organisation_id = :organisationId))
			     and s.status in (:sessionStatuses)
			   order by x.created_at desc, x.id desc limit :limit))
			order by r.created_at desc, r.id desc
			limit :limit
			""")
	List<Recommendation> findConcerning(long organisationId, Collection<String> sessionStatuses, int limit);

	/*
	 * The same three lists, each without those already in an earlier one, so that they can be counted one after the
	 * other and the count stopped at upTo. Each recommendation's session is looked up by itself (a narrow index gives
	 * its status): joined instead, PostgreSQL reads every visible session in the registry to count a thousand.
	 */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			  select c.id from (
			    select x.id, x.origin_session_id from recommendation x
			    where x.responsible_organisation_id = :organisationId
			    union all
			    select x.id, x.origin_session_id from recommendation x
			    where x.proposer_organisation_id = :organisationId
			      and x.responsible_organisation_id is distinct from :organisationId
			    union all
			    select x.id, x.origin_session_id from recommendation x
			    where x.id = any (array(select ri.recommendation_id from recommendation_issue ri
			                            join issue_raised i on i.id = ri.issue_id
			                            where i.raised_by_organisation_id = :organisationId))
			      and x.proposer_organisation_id is distinct from :organisationId
			      and x.responsible_organisation_id is distinct from :organisationId) c
			  where (select s.status from consultation_session s where s.id = c.origin_session_id) in (:sessionStatuses)
			  limit :upTo) concerning
			""")
	long countConcerning(long organisationId, Collection<String> sessionStatuses, int upTo);

	@Query("""
			select r.status as status, count(r) as total from Recommendation r
			where (:everything = true or r.originSession.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			group by r.status
			""")
	List<StatusCount> countByStatus(boolean everything);

	/** Recommendations from these sessions that still need someone to act, oldest session first. */
	@Query("""
			select r from Recommendation r
			join fetch r.originSession s
			left join fetch r.responsibleOrganisation
			where s.id in :sessionIds and r.status in :open
			order by s.heldOn, r.id
			""")
	List<Recommendation> findOpenFromSessions(Collection<Long> sessionIds, Collection<RecommendationStatus> open);

	/** Follow-up actions not yet done on recommendations from these sessions, soonest due first. */
	@Query("""
			select a from FollowUpAction a
			join fetch a.recommendation r
			left join fetch a.ownerOrganisation
			left join fetch a.ownerPerson
			where r.originSession.id in :sessionIds and a.done = false
			order by a.dueDate nulls last, a.id
			""")
	List<FollowUpAction> findOpenActionsFromSessions(Collection<Long> sessionIds);

	interface StatusCount {

		RecommendationStatus getStatus();

		long getTotal();

	}

}
