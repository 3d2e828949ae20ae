package org.consultationregistry.stakeholder;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

	@Query("select p from Person p where p.organisation.id = :organisationId order by lower(p.fullName)")
	List<Person> findByOrganisation(Long organisationId);

}
