package org.consultationregistry.stakeholder;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

	@Query("select p from Person p where p.organisation.id = :organisationId order by collate(lower(p.fullName) as registry_text), p.id")
	List<Person> findByOrganisation(long organisationId, Pageable pageable);

	/** How many people an organisation has, counting no further than {@code upTo}. */
	@Query(nativeQuery = true,
			value = "select count(*) from (select 1 from person where organisation_id = :organisationId limit :upTo) p")
	long countByOrganisation(long organisationId, int upTo);

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
			order by p.fullName, p.id
			""")
	List<Person> findSuggestions(String text, Pageable pageable);

}
