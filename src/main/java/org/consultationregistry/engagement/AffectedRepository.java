package org.consultationregistry.engagement;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AffectedRepository extends Repository<Follow, Long> {

	/**
	 * The published recommendations that affect an organisation, newest first, in one statement: it proposed them,
	 * is responsible for them, raised an issue they answer, or someone of it follows them; with what changed after
	 * {@code since}.
	 */
	@Query("""
			select new org.consultationregistry.engagement.AffectedRecommendation(r.id, r.title, r.status,
			  case when r.proposerOrganisation.id = :organisationId then true else false end,
			  case when r.responsibleOrganisation.id = :organisationId then true else false end,
			  case when exists (select i from r.addressedIssues i where i.raisedByOrganisation.id = :organisationId)
			       then true else false end,
			  case when exists (select f from Follow f
			                    where f.recommendation = r and f.account.organisation.id = :organisationId)
			       then true else false end,
			  case when r.createdAt > :since then true else false end,
			  (select count(c) from StatusChange c
			   where c.recommendation = r and c.fromStatus is not null and c.changedAt > :since),
			  (select count(a) from FollowUpAction a
			   where a.recommendation = r and (a.createdAt > :since or a.doneAt > :since or a.reopenedAt > :since)),
			  (select count(m) from Comment m
			   where m.recommendation = r and m.createdAt > :since and m.hiddenAt is null))
			from Recommendation r
			where r.originSession.status = org.consultationregistry.session.SessionStatus.PUBLISHED
			  and (r.proposerOrganisation.id = :organisationId
			       or r.responsibleOrganisation.id = :organisationId
			       or exists (select i from r.addressedIssues i where i.raisedByOrganisation.id = :organisationId)
			       or exists (select f from Follow f
			                  where f.recommendation = r and f.account.organisation.id = :organisationId))
			order by r.createdAt desc, r.id desc
			""")
	List<AffectedRecommendation> findAffecting(long organisationId, Instant since, Pageable limit);

}
