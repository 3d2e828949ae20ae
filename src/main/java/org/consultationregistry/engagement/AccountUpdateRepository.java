package org.consultationregistry.engagement;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The updates lists. Entries are written for every follower at once, one statement per event: the followers of
 * the recommendation and of any theme it answers, each once.
 */
interface AccountUpdateRepository extends Repository<AccountUpdate, Long> {

	/**
	 * One page of an account's updates, newest first, about recommendations its audience may see; comments hidden
	 * since are left out unless the reader is one of the board's staff.
	 */
	@Query(value = """
			select u from AccountUpdate u
			join fetch u.recommendation r
			join fetch r.originSession s
			left join fetch u.followUpAction
			left join fetch u.comment c
			left join fetch c.author
			where u.account.id = :accountId
			  and (:everything = true or s.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			  and (:withHidden = true or c.hiddenAt is null)
			order by u.occurredAt desc, u.id desc
			""", countQuery = """
			select count(u) from AccountUpdate u
			join u.recommendation r
			left join u.comment c
			where u.account.id = :accountId
			  and (:everything = true or r.originSession.status = org.consultationregistry.session.SessionStatus.PUBLISHED)
			  and (:withHidden = true or c.hiddenAt is null)
			""")
	Page<AccountUpdate> findOf(long accountId, boolean everything, boolean withHidden, Pageable pageable);

	@Modifying
	@Query(nativeQuery = true, value = """
			insert into account_update (account_id, recommendation_id, kind, status, occurred_at)
			select distinct f.account_id, :recommendationId, 'STATUS_CHANGED', :status, cast(:occurredAt as timestamptz)
			from follow f
			where f.recommendation_id = :recommendationId
			   or f.theme in (select i.category from recommendation_issue ri
			                  join issue_raised i on i.id = ri.issue_id
			                  where ri.recommendation_id = :recommendationId)
			""")
	int recordStatusChange(long recommendationId, String status, Instant occurredAt);

	@Modifying
	@Query(nativeQuery = true, value = """
			insert into account_update (account_id, recommendation_id, kind, follow_up_action_id, occurred_at)
			select distinct f.account_id, :recommendationId, :kind, :actionId, cast(:occurredAt as timestamptz)
			from follow f
			where f.recommendation_id = :recommendationId
			   or f.theme in (select i.category from recommendation_issue ri
			                  join issue_raised i on i.id = ri.issue_id
			                  where ri.recommendation_id = :recommendationId)
			""")
	int recordFollowUp(long recommendationId, String kind, long actionId, Instant occurredAt);

	/** An answer to a comment, for the author of the comment answered (unless they answered themselves). */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into account_update (account_id, recommendation_id, kind, comment_id, occurred_at)
			select answered.author_id, c.recommendation_id, 'REPLIED', c.id, c.created_at
			from recommendation_comment c
			join recommendation_comment answered on answered.id = c.in_reply_to_id
			where c.id = :commentId and answered.author_id <> c.author_id
			""")
	int recordReply(long commentId);

	/**
	 * A comment, for the followers of its recommendation, but not for its author, nor for the author of the comment
	 * it answers (who has it as a reply).
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into account_update (account_id, recommendation_id, kind, comment_id, occurred_at)
			select distinct f.account_id, c.recommendation_id, 'COMMENTED', c.id, c.created_at
			from recommendation_comment c
			join follow f on f.recommendation_id = c.recommendation_id
			              or f.theme in (select i.category from recommendation_issue ri
			                             join issue_raised i on i.id = ri.issue_id
			                             where ri.recommendation_id = c.recommendation_id)
			left join recommendation_comment answered on answered.id = c.in_reply_to_id
			where c.id = :commentId and f.account_id <> c.author_id
			  and f.account_id is distinct from answered.author_id
			""")
	int recordComment(long commentId);

}
