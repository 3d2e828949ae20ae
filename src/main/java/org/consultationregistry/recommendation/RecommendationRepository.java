package org.consultationregistry.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.session.SessionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecommendationRepository extends ListCrudRepository<Recommendation, Long> {

	@EntityGraph(attributePaths = { "originSession", "responsibleOrganisation" })
	@Query("""
			select r from Recommendation r
			where r.originSession.status in :sessionStatuses and r.status in :statuses
			order by r.createdAt desc, r.id desc
			""")
	Slice<Recommendation> findNewestFirst(Collection<RecommendationStatus> statuses,
			Collection<SessionStatus> sessionStatuses, Pageable pageable);

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

	@EntityGraph(attributePaths = { "originSession", "proposerPerson", "proposerOrganisation",
			"responsibleOrganisation" })
	Optional<Recommendation> findDetailedById(Long id);

	/** The recommendation with the people and organisations it names; its session is left for the caller. */
	@EntityGraph(attributePaths = { "proposerPerson", "proposerOrganisation", "responsibleOrganisation" })
	@Query("select r from Recommendation r where r.id = :id")
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

	@EntityGraph(attributePaths = "responsibleOrganisation")
	@Query("select r from Recommendation r where r.originSession.id = :sessionId order by r.id")
	List<Recommendation> findFromSession(long sessionId);

	@EntityGraph(attributePaths = { "originSession", "responsibleOrganisation" })
	@Query(value = """
			select r from Recommendation r
			where r.originSession.status in :sessionStatuses
			  and (r.proposerOrganisation.id = :organisationId
			       or r.responsibleOrganisation.id = :organisationId
			       or exists (select i from r.addressedIssues i where i.raisedByOrganisation.id = :organisationId))
			order by r.createdAt desc, r.id desc
			""", countQuery = """
			select count(r) from Recommendation r
			where r.originSession.status in :sessionStatuses
			  and (r.proposerOrganisation.id = :organisationId
			       or r.responsibleOrganisation.id = :organisationId
			       or exists (select i from r.addressedIssues i where i.raisedByOrganisation.id = :organisationId))
			""")
	Page<Recommendation> findConcerning(long organisationId, Collection<SessionStatus> sessionStatuses,
			Pageable pageable);

	@Query("""
			select r.status as status, count(r) as total from Recommendation r
			where r.originSession.status in :sessionStatuses
			group by r.status
			""")
	List<StatusCount> countByStatus(Collection<SessionStatus> sessionStatuses);

	/** Recommendations from these sessions that still need someone to act, oldest session first. */
	@EntityGraph(attributePaths = { "originSession", "responsibleOrganisation" })
	@Query("""
			select r from Recommendation r
			where r.originSession.id in :sessionIds and r.status in :open
			order by r.originSession.heldOn, r.id
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
