package org.consultationregistry.issue;

import java.util.List;

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

	@Query("""
			select i from IssueRaised i
			join fetch i.session
			left join i.raisedByPerson person
			where i.raisedByOrganisation.id = :organisationId or person.organisation.id = :organisationId
			order by i.session.heldOn desc, i.id
			""")
	List<IssueRaised> findRaisedBy(long organisationId);

}
