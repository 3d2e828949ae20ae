package org.consultationregistry.stakeholder;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface OrganisationRepository
		extends ListCrudRepository<Organisation, Long>, PagingAndSortingRepository<Organisation, Long> {

	@EntityGraph(attributePaths = "aliases")
	Optional<Organisation> findWithAliasesById(Long id);

	@Query("""
			select o from Organisation o
			where lower(o.name) = lower(:name) or lower(o.acronym) = lower(:name)
			   or exists (select a from Organisation o2 join o2.aliases a where o2 = o and lower(a) = lower(:name))
			""")
	Optional<Organisation> findByAnyName(String name);

	@Query("select o from Organisation o order by lower(o.name)")
	Page<Organisation> findAllByName(Pageable pageable);

}
