package org.consultationregistry.stakeholder;

import java.util.List;

import org.consultationregistry.shared.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds organisations and people by a name typed with a slip or two: "Airlnk" finds Airlink and "PBTI" finds PBIT.
 * The whole query is compared with each name, acronym and alias (trigram similarity, behind trigram indexes); an
 * acronym may also be one letter off, or have two letters swapped.
 */
@Service
@Transactional(readOnly = true)
public class NameSearch {

	/** How alike a query and a name must be, from 0 to 1: high enough that "board" alone finds no one. */
	private static final double SIMILAR = 0.45;

	private final JdbcClient jdbc;

	NameSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record OrganisationMatch(long id, String name, String acronym, String type) {

		public String shortName() {
			return (this.acronym != null) ? this.acronym : this.name;
		}

	}

	public record PersonMatch(long id, String honorific, String fullName, String designation,
			String organisation) {
	}

	public record Matches(List<OrganisationMatch> organisations, List<PersonMatch> people) {

		public static final Matches NONE = new Matches(List.of(), List.of());

		public List<Long> organisationIds() {
			return this.organisations.stream().map(OrganisationMatch::id).toList();
		}

		public List<Long> personIds() {
			return this.people.stream().map(PersonMatch::id).toList();
		}

		public boolean isEmpty() {
			return this.organisations.isEmpty() && this.people.isEmpty();
		}

	}

	/**
	 * Organisations and people whose name is like the query, best first. With {@code publicOnly}, only people seated
	 * at a session whose minutes are published: the others' names are not yet public.
	 */
	public Matches like(SearchTerms terms, boolean publicOnly, int limit) {
		if (terms.isEmpty() || terms.joined().length() < 3) {
			return Matches.NONE;
		}
		String typed = terms.joined();
		List<OrganisationMatch> organisations = this.jdbc.sql("""
				select o.id, o.name, o.acronym, o.type from organisation o
				join (
				    select id, max(score) as score from (
				        select id, similarity(lower(name), :typed) as score from organisation
				        where lower(name) % :typed
				        union all
				        select id, greatest(similarity(lower(acronym), :typed),
				                            case when levenshtein(lower(acronym), :typed) <= 1 then 0.9
				                                 when length(acronym) = length(:typed)
				                                      and levenshtein(lower(acronym), :typed) <= 2
				                                      and similarity(lower(acronym), :typed) > 0.2 then 0.8
				                                 else 0 end) from organisation
				        where acronym is not null and length(:typed) <= 12
				        union all
				        select organisation_id, similarity(lower(alias), :typed) from organisation_alias
				        where lower(alias) % :typed
				    ) candidates group by id
				) best on best.id = o.id
				where best.score >= :similar
				order by best.score desc, o.id
				limit :limit
				""")
			.param("typed", typed)
			.param("similar", SIMILAR)
			.param("limit", limit)
			.query(OrganisationMatch.class)
			.list();
		// A single word is compared with the words of each name only: on the registry's 300,000 people, no one whose
		// whole name is like a typed word ("khan", "ahmad", "tax") fails to be found by word similarity, while the
		// whole-name comparison made the trigram index hand over every name beginning with the same letters
		// ("tax": 14,000 rows read to find none).
		String like = (terms.words().size() > 1) ? "(lower(p.full_name) % :typed or :typed <% lower(p.full_name))"
				: ":typed <% lower(p.full_name)";
		List<PersonMatch> people = this.jdbc.sql("""
				select p.id, p.honorific, p.full_name, p.designation, o.name as organisation
				from person p left join organisation o on o.id = p.organisation_id
				where %s
				  and (not :publicOnly or exists (
				      select 1 from participant pa join consultation_session s on s.id = pa.session_id
				      where pa.person_id = p.id and s.status = 'PUBLISHED'))
				  and greatest(similarity(lower(p.full_name), :typed), word_similarity(:typed, lower(p.full_name)))
				      >= :similar
				order by greatest(similarity(lower(p.full_name), :typed), word_similarity(:typed, lower(p.full_name)))
				         desc, p.id
				limit :limit
				""".formatted(like))
			.param("typed", typed)
			.param("similar", SIMILAR)
			.param("publicOnly", publicOnly)
			.param("limit", limit)
			.query(PersonMatch.class)
			.list();
		return new Matches(organisations, people);
	}

}
