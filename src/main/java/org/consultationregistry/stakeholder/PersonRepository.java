package org.consultationregistry.stakeholder;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

	@Query(value = "select p from Person p where p.organisation.id = :organisationId order by collate(lower(p.fullName) as registry_text), p.id",
			countQuery = "select count(p) from Person p where p.organisation.id = :organisationId")
	Page<Person> findByOrganisation(long organisationId, Pageable pageable);

	@Query("""
			select p from Person p left join fetch p.organisation
			where lower(p.fullName) = lower(:name) or lower(concat(p.honorific, ' ', p.fullName)) = lower(:name)
			order by p.id
			""")
	List<Person> findByName(String name);

	@Query("select p from Person p left join fetch p.organisation where lower(p.fullName) in :names order by p.id")
	List<Person> findByNames(Collection<String> names);

	@Query("""
			select p from Person p left join fetch p.organisation o
			where function('registry_fold' as String, p.fullName) like concat('%', function('registry_fold' as String, :text), '%') escape '\\'
			order by p.fullName
			""")
	List<Person> findSuggestions(String text, Pageable pageable);

}
