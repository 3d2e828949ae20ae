package org.consultationregistry.stakeholder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	@EntityGraph(attributePaths = "aliases")
	Optional<Organisation> findWithAliasesById(Long id);

	@Query(value = "select o from Organisation o order by lower(o.name)",
			countQuery = "select count(o) from Organisation o")
	Page<Organisation> findAllByName(Pageable pageable);

	@Query("select o from Organisation o order by lower(o.name), o.id")
	List<Organisation> findAllOrderedByName();

}
