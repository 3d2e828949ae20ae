package org.consultationregistry.stakeholder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	/* Fetched with a join rather than an entity graph, so that Hibernate keeps the query's translation to SQL. */
	@Query("select o from Organisation o left join fetch o.aliases where o.id = :id")
	Optional<Organisation> findWithAliasesById(long id);

	/** In the order of the names, Urdu ones by the Urdu alphabet (the collation registry_text, migration V17). */
	@Query(value = "select o from Organisation o order by collate(lower(o.name) as registry_text), o.id",
			countQuery = "select count(o) from Organisation o")
	Page<Organisation> findAllByName(Pageable pageable);

	/** Organisations known exactly by this name, acronym or alias, ignoring case. */
	@Query("""
			select distinct o from Organisation o left join o.aliases alias
			where lower(o.name) = lower(:name) or lower(o.acronym) = lower(:name) or lower(alias) = lower(:name)
			""")
	List<Organisation> findByAnyName(String name);

	/** Every organisation with the aliases it goes by, for reading a text against the whole registry. */
	@Query("select distinct o from Organisation o left join fetch o.aliases")
	List<Organisation> findAllWithAliases();

	/**
	 * Organisations whose name, acronym or an alias contains the text, for suggestions as an official types. Urdu
	 * typed with an Arabic keyboard's letters finds the Urdu ones (registry_fold, migration V17).
	 */
	@Query("""
			select distinct o from Organisation o left join o.aliases alias
			where function('registry_fold' as String, o.name) like concat('%', function('registry_fold' as String, :text), '%') escape '\\'
			   or lower(o.acronym) like lower(concat(:text, '%')) escape '\\'
			   or function('registry_fold' as String, alias) like concat('%', function('registry_fold' as String, :text), '%') escape '\\'
			order by o.name
			""")
	List<Organisation> findSuggestions(String text, Pageable pageable);

}
