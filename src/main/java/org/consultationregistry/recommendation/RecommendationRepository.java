package org.consultationregistry.recommendation;

import java.time.Instant;
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

	/**
	 * The recommendations of {@link #findNewestFirst} that come after the one created at {@code createdAt} with
	 * {@code id}: one index range from there, as quick a million rows in as on the first page.
	 */
	@Query("""
			select r from Recommendation r
			join fetch r.originSession s
			left join fetch r.responsibleOrganisation
			where (:everything = true or s.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			  and (:status is null or r.status = :status)
			  and (r.createdAt, r.id) < (:createdAt, :id)
			order by r.createdAt desc, r.id desc
			""")
	Slice<Recommendation> findNewestFirstAfter(RecommendationStatus status, boolean everything, Instant createdAt,
			long id, Pageable pageable);

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
	 * The organisation's footprint (V24) lists the recommendations that concern it (it is responsible for them,
	 * proposed them, or raised an issue they answer), each once, newest first: the newest are a range of its index,
	 * stopped at the limit, and only those recommendations are read. The columns are named, to leave out the search
	 * vector and the filter tags.
	 */
	@Query(nativeQuery = true, value = """
			select r.id, r.version, r.origin_session_id, r.title, r.details, r.proposer_person_id,
			       r.proposer_organisation_id, r.responsible_organisation_id, r.status, r.target_date, r.created_at,
			       r.updated_at
			from recommendation r
			where r.id in (
			  select f.item_id from organisation_footprint f
			  where f.organisation_id = :organisationId and f.kind = 'R' and (:everything or f.published)
			  order by f.sort_key desc, f.item_id desc
			  limit :limit)
			order by r.created_at desc, r.id desc
			""")
	List<Recommendation> findConcerning(long organisationId, boolean everything, int limit);

	/* Counting no further than upTo, within the footprint's index alone. */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			  select 1 from organisation_footprint f
			  where f.organisation_id = :organisationId and f.kind = 'R' and (:everything or f.published)
			  limit :upTo) concerning
			""")
	long countConcerning(long organisationId, boolean everything, int upTo);

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
