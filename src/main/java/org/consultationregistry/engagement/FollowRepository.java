package org.consultationregistry.engagement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.session.SessionStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FollowRepository extends ListCrudRepository<Follow, Long> {

	@Query("select f from Follow f where f.account.id = :accountId and f.recommendation.id = :recommendationId")
	Optional<Follow> findRecommendation(long accountId, long recommendationId);

	@Query("select f from Follow f where f.account.id = :accountId and f.theme = :theme")
	Optional<Follow> findTheme(long accountId, IssueCategory theme);

	/**
	 * What an account follows among a recommendation and its themes: the recommendation page's follow buttons.
	 */
	@Query("""
			select f from Follow f
			where f.account.username = :username
			  and (f.recommendation.id = :recommendationId or f.theme in :themes)
			""")
	List<Follow> findFollowing(String username, long recommendationId, Collection<IssueCategory> themes);

	/** Everything an account follows that its audience may see, themes first, then the newest recommendations. */
	@Query("""
			select f from Follow f
			left join fetch f.recommendation r
			left join fetch r.originSession s
			where f.account.id = :accountId and (f.theme is not null or s.status in :visibleSessions)
			order by f.theme nulls last, f.createdAt desc, f.id desc
			""")
	List<Follow> findAllOf(long accountId, Collection<SessionStatus> visibleSessions);

}
