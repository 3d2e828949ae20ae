package org.consultationregistry.recommendation;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FollowUpActionRepository extends ListCrudRepository<FollowUpAction, Long> {

	/** The action, if it belongs to that recommendation, with its owners and the recommendation's session. */
	@Query("""
			select a from FollowUpAction a
			join fetch a.recommendation r
			join fetch r.originSession
			left join fetch a.ownerOrganisation
			left join fetch a.ownerPerson
			where a.id = :id and r.id = :recommendationId
			""")
	Optional<FollowUpAction> findInRecommendation(long recommendationId, long id);

}
