package org.consultationregistry.stakeholder;

import java.util.List;

import org.consultationregistry.shared.QueryPlans;
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

	/** How many people may have a name like the query before it is too common to pick anyone out. */
	public static final int COMMON_NAME = 500;

	private final JdbcClient jdbc;

	private final QueryPlans plans;

	NameSearch(JdbcClient jdbc, QueryPlans plans) {
		this.jdbc = jdbc;
		this.plans = plans;
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
		// A plan PostgreSQL keeps for any name is the one it makes for each (checked with common, rare and misspelt
		// names: a trigram index, then a few hundred rows at most), so both statements reuse theirs. Planned for each
		// search, they took about a tenth of its database time.
		return this.plans.reusing(() -> new Matches(organisationsLike(typed, limit),
				peopleLike(typed, terms.words().size() > 1, publicOnly, limit)));
	}

	private List<OrganisationMatch> organisationsLike(String typed, int limit) {
		return this.jdbc.sql("""
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
	}

	private List<PersonMatch> peopleLike(String typed, boolean severalWords, boolean publicOnly, int limit) {
		// A single word is compared with the words of each name only: on the registry's 300,000 people, no one whose
		// whole name is like a typed word ("khan", "ahmad", "tax") fails to be found by word similarity, while the
		// whole-name comparison made the trigram index hand over every name beginning with the same letters
		// ("tax": 14,000 rows read to find none).
		String like = severalWords ? "(lower(p.full_name) % :typed or :typed <% lower(p.full_name))"
				: ":typed <% lower(p.full_name)";
		// A name that thousands of people share ("khan" in 15,000 names, "bilal ahmed" like 5,000) picks no one out,
		// and ranking every one of them took a quarter of a second. Past COMMON_NAME alike names, only the people
		// whose whole name is the query are taken.
		return this.jdbc.sql("""
				with alike as materialized (
				    select p.id, p.honorific, p.full_name, p.designation, p.organisation_id,
				           greatest(similarity(lower(p.full_name), :typed), word_similarity(:typed, lower(p.full_name)))
				               as score
				    from person p
				    where %s
				      and greatest(similarity(lower(p.full_name), :typed), word_similarity(:typed, lower(p.full_name)))
				          >= :similar
				    limit :common + 1
				), candidates as (
				    select * from alike where (select count(*) from alike) <= :common
				    union all
				    select p.id, p.honorific, p.full_name, p.designation, p.organisation_id, 1
				    from person p
				    where lower(p.full_name) = :typed and (select count(*) from alike) > :common
				)
				select c.id, c.honorific, c.full_name, c.designation,
				       (select o.name from organisation o where o.id = c.organisation_id) as organisation
				from candidates c
				where not :publicOnly or exists (
				    select 1 from participant pa join consultation_session s on s.id = pa.session_id
				    where pa.person_id = c.id and s.status = 'PUBLISHED')
				order by c.score desc, c.id
				limit :limit
				""".formatted(like))
			.param("typed", typed)
			.param("similar", SIMILAR)
			.param("common", COMMON_NAME)
			.param("publicOnly", publicOnly)
			.param("limit", limit)
			.query(PersonMatch.class)
			.list();
	}

}
