package org.consultationregistry.issue;

import java.util.Collection;
import java.util.List;

import org.consultationregistry.session.SessionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IssueRepository extends ListCrudRepository<IssueRaised, Long> {

	@Query("""
			select i from IssueRaised i
			left join fetch i.raisedByPerson
			left join fetch i.raisedByOrganisation
			where i.session.id = :sessionId
			order by i.id
			""")
	List<IssueRaised> findRaisedIn(long sessionId);

	@Query(value = """
			select i from IssueRaised i
			join fetch i.session s
			left join i.raisedByPerson person
			where s.status in :statuses
			  and (i.raisedByOrganisation.id = :organisationId or person.organisation.id = :organisationId)
			order by s.heldOn desc, i.id
			""", countQuery = """
			select count(i) from IssueRaised i
			join i.session s
			left join i.raisedByPerson person
			where s.status in :statuses
			  and (i.raisedByOrganisation.id = :organisationId or person.organisation.id = :organisationId)
			""")
	Page<IssueRaised> findRaisedBy(long organisationId, Collection<SessionStatus> statuses, Pageable pageable);

}
