package org.consultationregistry.session;

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
	@Query(value = "select s from ConsultationSession s order by s.heldOn desc, s.id desc",
			countQuery = "select count(s) from ConsultationSession s")
	Page<ConsultationSession> findNewestFirst(Pageable pageable);

	@Query("""
			select s from ConsultationSession s
			where s.id in (select p.session.id from Participant p where p.organisation.id = :organisationId)
			order by s.heldOn desc, s.id desc
			""")
	List<ConsultationSession> findAttendedBy(long organisationId);

	@Query("""
			select p from Participant p
			left join fetch p.person
			left join fetch p.organisation
			where p.session.id = :sessionId
			""")
	List<Participant> findParticipants(long sessionId);

}
