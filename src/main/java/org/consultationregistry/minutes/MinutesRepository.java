package org.consultationregistry.minutes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesRepository extends JpaRepository<Minutes, Long> {

	Optional<Minutes> findBySessionId(long sessionId);

	/**
	 * The minutes of a session with every revision, and for a revision that applies a suggestion, the participant
	 * who made it: what a session page shows, in one statement.
	 */
	@Query("""
			select m from Minutes m
			left join fetch m.revisions r
			left join fetch r.suggestion s
			left join fetch s.person
			where m.session.id = :sessionId
			order by r.number
			""")
	Optional<Minutes> findWithRevisions(long sessionId);

	@Query("""
			select s from MinutesSuggestion s
			join fetch s.person
			where s.minutes.id = :minutesId
			order by s.suggestedAt, s.id
			""")
	List<MinutesSuggestion> findSuggestions(long minutesId);

	@Query("""
			select s from MinutesSuggestion s
			join fetch s.person
			where s.minutes.id = :minutesId and s.person.id = :personId
			order by s.suggestedAt, s.id
			""")
	List<MinutesSuggestion> findSuggestionsBy(long minutesId, long personId);

	@Query("""
			select s from MinutesSuggestion s
			join fetch s.person
			join fetch s.minutes m
			where s.id = :suggestionId and m.session.id = :sessionId
			""")
	Optional<MinutesSuggestion> findSuggestion(long sessionId, long suggestionId);

}
