package org.consultationregistry.stakeholder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of organisations and people that other features look up and add to.
 */
@Service
@Transactional(readOnly = true)
public class StakeholderDirectory {

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	StakeholderDirectory(OrganisationRepository organisations, PersonRepository people) {
		this.organisations = organisations;
		this.people = people;
	}

	/** The organisation with its aliases loaded, for its own page. */
	public Optional<Organisation> findOrganisation(long id) {
		return this.organisations.findWithAliasesById(id);
	}

	/** One page of organisations in alphabetical order. A sort asked for in the URL is ignored. */
	public Page<Organisation> organisations(Pageable pageable) {
		return this.organisations.findAllByName(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
	}

	public Page<Person> peopleOf(long organisationId, Pageable pageable) {
		return this.people.findByOrganisation(organisationId,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
	}

	/** Every organisation in alphabetical order, for a form to choose from. */
	public List<Organisation> organisationsByName() {
		return this.organisations.findAllOrderedByName();
	}

	/** Everyone in alphabetical order, each with the organisation they are with now, for a form to choose from. */
	public List<Person> peopleByName() {
		return this.people.findAllWithOrganisation();
	}

	public Optional<Person> findPerson(long id) {
		return this.people.findById(id);
	}

	public long countOrganisations() {
		return this.organisations.count();
	}

	@Transactional
	public Organisation register(Organisation organisation) {
		return this.organisations.save(organisation);
	}

	@Transactional
	public Person register(Person person) {
		return this.people.save(person);
	}

}
