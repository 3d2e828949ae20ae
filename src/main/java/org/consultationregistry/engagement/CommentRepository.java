package org.consultationregistry.engagement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CommentRepository extends ListCrudRepository<Comment, Long> {

	/**
	 * The comments on a recommendation, oldest first, with their authors and the organisations they speak for;
	 * hidden comments only for the board's staff.
	 */
	@Query("""
			select c from Comment c
			join fetch c.author a
			left join fetch a.organisation
			where c.recommendation.id = :recommendationId and (:withHidden = true or c.hiddenAt is null)
			order by c.createdAt, c.id
			""")
	List<Comment> findOn(long recommendationId, boolean withHidden);

	@Query("""
			select c from Comment c
			join fetch c.author a
			left join fetch a.organisation
			join fetch c.recommendation
			where c.recommendation.id = :recommendationId and c.id = :commentId
			""")
	Optional<Comment> findOn(long recommendationId, long commentId);

}
