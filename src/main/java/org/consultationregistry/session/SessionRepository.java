package org.consultationregistry.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SessionRepository extends ListCrudRepository<ConsultationSession, Long> {

	@EntityGraph(attributePaths = { "organiser", "chair", "followsUp" })
	Optional<ConsultationSession> findDetailedById(Long id);

	@EntityGraph(attributePaths = "organiser")
	@Query(value = """
			select s from ConsultationSession s
			where s.status in :statuses
			order by s.heldOn desc, s.id desc
			""", countQuery = "select count(s) from ConsultationSession s where s.status in :statuses")
	Page<ConsultationSession> findNewestFirst(Collection<SessionStatus> statuses, Pageable pageable);

	/** As {@link #findNewestFirst} without counting the total. */
	@EntityGraph(attributePaths = "organiser")
	@Query("""
			select s from ConsultationSession s
			where s.status in :statuses
			order by s.heldOn desc, s.id desc
			""")
	List<ConsultationSession> findLatest(Collection<SessionStatus> statuses, Pageable pageable);

	@Query(value = """
			select s from ConsultationSession s
			where s.status in :statuses
			  and s.id in (select p.session.id from Participant p where p.organisation.id = :organisationId)
			order by s.heldOn desc, s.id desc
			""", countQuery = """
			select count(s) from ConsultationSession s
			where s.status in :statuses
			  and s.id in (select p.session.id from Participant p where p.organisation.id = :organisationId)
			""")
	Page<ConsultationSession> findAttendedBy(long organisationId, Collection<SessionStatus> statuses,
			Pageable pageable);

	long countByStatusIn(Collection<SessionStatus> statuses);

	@Query("""
			select p from Participant p
			left join fetch p.person
			left join fetch p.organisation
			where p.session.id = :sessionId
			""")
	List<Participant> findParticipants(long sessionId);

}
