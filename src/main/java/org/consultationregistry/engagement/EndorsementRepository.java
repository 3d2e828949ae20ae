package org.consultationregistry.engagement;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EndorsementRepository extends ListCrudRepository<Endorsement, Long> {

	@Query("select e from Endorsement e where e.recommendation.id = :recommendationId and e.account.id = :accountId")
	Optional<Endorsement> findOf(long recommendationId, long accountId);

	/*
	 * How many endorse a recommendation, and whether the account with this username is among them. The username is
	 * compared in the join: in the select clause, it made Hibernate translate the query again on every execution.
	 */
	@Query("""
			select new org.consultationregistry.engagement.EndorsementCount(count(e), count(mine) > 0)
			from Endorsement e
			left join e.account mine on mine.username = :username
			where e.recommendation.id = :recommendationId
			""")
	EndorsementCount count(long recommendationId, String username);

}
