package org.consultationregistry.engagement;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each account last looked at a page that marks what is new. Requests less than half an hour apart (the time a
 * signed-in session lasts without a request) belong to one visit, so that what was new at the start of a visit stays
 * marked while the holder reads on and reloads.
 */
@Component
class Visits {

	/** A page that marks what is new since the last visit. The names are also the values the database accepts. */
	enum Place {

		HOME, UPDATES

	}

	private final EntityManager entityManager;

	Visits(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Records a request to a page, in one statement.
	 * @return when the visit before this one ended, or {@code null} if this is the account's first visit
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Instant arrive(long accountId, Place place, Instant now) {
		List<?> previous = this.entityManager.createNativeQuery("""
				insert into account_visit as v (account_id, place, last_at)
				values (:accountId, :place, cast(:now as timestamptz))
				on conflict (account_id, place) do update
				set previous_at = case when v.last_at < excluded.last_at - interval '30 minutes' then v.last_at
				                       else v.previous_at end,
				    last_at = excluded.last_at
				returning previous_at
				""", Instant.class)
			.setParameter("accountId", accountId)
			.setParameter("place", place.name())
			.setParameter("now", now)
			.getResultList();
		return previous.isEmpty() ? null : (Instant) previous.get(0);
	}

}
