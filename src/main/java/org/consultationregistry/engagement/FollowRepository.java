package org.consultationregistry.engagement;

import java.util.List;
import java.util.Optional;

import org.consultationregistry.issue.IssueCategory;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FollowRepository extends ListCrudRepository<Follow, Long> {

	@Query("select f from Follow f where f.account.id = :accountId and f.recommendation.id = :recommendationId")
	Optional<Follow> findRecommendation(long accountId, long recommendationId);

	@Query("select f from Follow f where f.account.id = :accountId and f.theme = :theme")
	Optional<Follow> findTheme(long accountId, IssueCategory theme);

	/**
	 * What an account follows among a recommendation and its themes (those of the issues it addresses): the
	 * recommendation page's follow buttons. The themes are found by the query rather than passed as a collection,
	 * which Hibernate would translate to SQL again on every execution.
	 */
	@Query("""
			select f from Follow f
			where f.account.username = :username
			  and (f.recommendation.id = :recommendationId
			       or f.theme in (select i.category from Recommendation r join r.addressedIssues i
			                      where r.id = :recommendationId))
			""")
	List<Follow> findFollowing(String username, long recommendationId);

	/** Everything an account follows that its audience may see, themes first, then the newest recommendations. */
	@Query("""
			select f from Follow f
			left join fetch f.recommendation r
			left join fetch r.originSession s
			where f.account.id = :accountId
			  and (f.theme is not null or :everything = true
			       or s.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			order by f.theme nulls last, f.createdAt desc, f.id desc
			""")
	List<Follow> findAllOf(long accountId, boolean everything);

}
