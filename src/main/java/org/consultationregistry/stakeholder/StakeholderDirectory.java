package org.consultationregistry.stakeholder;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.Preview;
import org.consultationregistry.shared.Staff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The register of organisations and people that other features look up and add to.
 */
@Service
@Transactional(readOnly = true)
public class StakeholderDirectory {

	private static final Pageable SUGGESTIONS = PageRequest.of(0, 10);

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

	/** An organisation's first {@code limit} people by name, with how many it has, counted up to {@code cap}. */
	public Preview<Person> peopleOf(long organisationId, int limit, int cap) {
		return Preview.of(this.people.findByOrganisation(organisationId, PageRequest.of(0, limit)), limit, cap,
				(upTo) -> this.people.countByOrganisation(organisationId, upTo));
	}

	public Optional<Person> findPerson(long id) {
		return this.people.findById(id);
	}

	public long countOrganisations() {
		return this.organisations.count();
	}

	/**
	 * Every organisation with all the names it goes by (name, acronym, aliases), for matching the organisations a
	 * pasted text names against the registry. One statement, however many there are.
	 */
	@PreAuthorize(Staff.ONLY)
	public List<Organisation> organisationsWithTheirNames() {
		return this.organisations.findAllWithAliases();
	}

	/** The people with any of these full names (without honorific, any case), each with their organisation. */
	@PreAuthorize(Staff.ONLY)
	public List<Person> peopleNamed(Collection<String> fullNames) {
		if (fullNames.isEmpty()) {
			return List.of();
		}
		return this.people.findByNames(fullNames.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList());
	}

	/** Organisations whose name, acronym or an alias contains the text typed so far. */
	public List<Suggestion> suggestOrganisations(String text) {
		if (!StringUtils.hasText(text)) {
			return List.of();
		}
		return this.organisations.findSuggestions(escapeLike(text.strip()), SUGGESTIONS)
			.stream()
			.map((organisation) -> new Suggestion(organisation.getId(), organisation.getName(),
					organisation.getAcronym()))
			.toList();
	}

	/** People whose name contains the text typed so far, with their post to tell namesakes apart. */
	public List<Suggestion> suggestPeople(String text) {
		if (!StringUtils.hasText(text)) {
			return List.of();
		}
		return this.people.findSuggestions(escapeLike(text.strip()), SUGGESTIONS)
			.stream()
			.map((person) -> new Suggestion(person.getId(), person.getDisplayName(), currentPost(person)))
			.toList();
	}

	/**
	 * The organisation an official typed or picked. The name decides: it is matched against names, acronyms and
	 * aliases, and the id of a pick from the suggestions only tells apart organisations of that name (without
	 * JavaScript an old id stays behind when another name is typed over it). An unknown name becomes a new
	 * organisation when its type is given.
	 * @param field the form field to blame when the answer cannot be used
	 * @return the organisation, or {@code null} when neither an id nor a name was given
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public Organisation resolveOrganisation(Long id, String name, OrganisationType typeIfNew, String field) {
		if (!StringUtils.hasText(name)) {
			return null;
		}
		List<Organisation> matches = this.organisations.findByAnyName(name.strip());
		if (matches.isEmpty()) {
			if (typeIfNew == null) {
				throw new FieldProblem(field, "lookup.organisation.new", name.strip());
			}
			return this.organisations.save(new Organisation(name, null, typeIfNew, null));
		}
		return onlyMatch(matches, id, field, "lookup.organisation.unknown", "lookup.organisation.ambiguous",
				name.strip());
	}


	/**
	 * The person an official typed or picked. The name decides (with or without the honorific); the id of a pick
	 * from the suggestions only tells namesakes apart. The one person of that name is taken even if they have since moved to
	 * another organisation; namesakes are told apart by the organisation given; nobody of that name becomes a new
	 * person.
	 * @param field the form field to blame when the answer cannot be used
	 * @return the person, or {@code null} when neither an id nor a name was given
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public Person resolvePerson(Long id, String honorific, String fullName, String designation,
			Organisation organisation, String field) {
		if (!StringUtils.hasText(fullName)) {
			return null;
		}
		List<Person> namesakes = this.people.findByName(fullName.strip());
		if (namesakes.isEmpty()) {
			return this.people.save(new Person(honorific, fullName, designation, organisation));
		}
		boolean picked = id != null && namesakes.stream().anyMatch((person) -> id.equals(person.getId()));
		if (!picked && namesakes.size() > 1 && organisation != null) {
			namesakes = namesakes.stream()
				.filter((person) -> person.getOrganisation() != null
						&& person.getOrganisation().getId().equals(organisation.getId()))
				.toList();
		}
		return onlyMatch(namesakes, id, field, "lookup.person.unknown", "lookup.person.ambiguous", fullName.strip());
	}


	/**
	 * The organisation an official named in a field that only refers to the registry and never adds to it. The typed
	 * name is what counts: it is matched against names, acronyms and aliases, and the id the suggestions filled in
	 * only tells apart organisations known by the same name (without JavaScript, or after the name was retyped, the
	 * id may belong to an earlier choice, and is then ignored).
	 * @param field the form field to blame when the name cannot be used
	 * @return the organisation, or {@code null} when no name was given
	 * @throws FieldProblem if no organisation, or several, go by that name
	 */
	public Organisation findOrganisationNamed(Long id, String name, String field) {
		if (!StringUtils.hasText(name)) {
			return null;
		}
		return onlyMatch(this.organisations.findByAnyName(name.strip()), id, field, "lookup.organisation.unknown",
				"lookup.organisation.ambiguous", name.strip());
	}

	/**
	 * The person an official named in a field that only refers to the registry and never adds to it: matched by
	 * name, with or without the honorific, the id the suggestions filled in telling namesakes apart (as for
	 * {@link #findOrganisationNamed}).
	 * @param field the form field to blame when the name cannot be used
	 * @return the person, or {@code null} when no name was given
	 * @throws FieldProblem if nobody, or several people, go by that name
	 */
	public Person findPersonNamed(Long id, String name, String field) {
		if (!StringUtils.hasText(name)) {
			return null;
		}
		return onlyMatch(this.people.findByName(name.strip()), id, field, "lookup.person.unknown",
				"lookup.person.ambiguous", name.strip());
	}

	@Transactional
	public Organisation register(Organisation organisation) {
		return this.organisations.save(organisation);
	}

	@Transactional
	public Person register(Person person) {
		return this.people.save(person);
	}

	/** The one match for a name: the one with the chosen id if it is among them, else the only one there is. */
	private static <T extends BaseEntity> T onlyMatch(List<T> matches, Long id, String field, String unknown,
			String ambiguous, String name) {
		if (id != null) {
			for (T match : matches) {
				if (id.equals(match.getId())) {
					return match;
				}
			}
		}
		if (matches.isEmpty()) {
			throw new FieldProblem(field, unknown, name);
		}
		if (matches.size() > 1) {
			throw new FieldProblem(field, ambiguous, name);
		}
		return matches.get(0);
	}

	private static String currentPost(Person person) {
		if (person.getOrganisation() == null) {
			return person.getDesignation();
		}
		String organisation = person.getOrganisation().getShortName();
		return (person.getDesignation() != null) ? person.getDesignation() + ", " + organisation : organisation;
	}

	/**
	 * The typed text as a LIKE pattern fragment: wildcards escaped, and control characters (which PostgreSQL
	 * refuses in text, NUL above all) dropped.
	 */
	private static String escapeLike(String text) {
		return text.replaceAll("\\p{Cntrl}", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
