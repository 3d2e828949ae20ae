package org.consultationregistry.stakeholder;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

	@Query(value = "select p from Person p where p.organisation.id = :organisationId order by lower(p.fullName), p.id",
			countQuery = "select count(p) from Person p where p.organisation.id = :organisationId")
	Page<Person> findByOrganisation(long organisationId, Pageable pageable);

	@Query("select p from Person p left join fetch p.organisation order by lower(p.fullName), p.id")
	List<Person> findAllWithOrganisation();

}
