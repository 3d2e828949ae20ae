package org.consultationregistry.recommendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.consultationregistry.recommendation.RecommendationResults.Facet;
import org.consultationregistry.recommendation.RecommendationResults.FacetValue;
import org.consultationregistry.session.SessionStatus;
import org.consultationregistry.shared.SearchTerms;
import org.consultationregistry.shared.Snippet;
import org.consultationregistry.stakeholder.NameSearch;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recommendations list as SQL: full-text search over the weighted document PostgreSQL keeps on each
 * recommendation, names matched by similarity, the filters, and the facets. A search by words evaluates its filter
 * once a page: one statement gathers the matching rows (up to {@link RecommendationResults#COUNT_LIMIT} and one),
 * counts them, and, when that is all of them, ranks and pages them and counts the facets from that same set. A list
 * without words is counted first, as it is usually too large to gather. A larger result needs more: its page from a
 * statement of its own, and its facets, described by its newest rows, from a cache.
 */
@Repository
class RecommendationSearchQuery {

	/** Facet values shown per facet: the most frequent. */
	private static final int FACET_VALUES = 8;

	/**
	 * How many of the newest matches a result too large to count is ranked among when ordered by relevance: ranking
	 * every recommendation with a common word ("tax" is in one in nine) reads them all on every request.
	 */
	static final int RANKED_LIMIT = 1_000;

	private static final String PATH = "/recommendations";

	private final JdbcClient jdbc;

	/**
	 * Facet counts of results too large to count on every request (the whole registry, say), kept for a few minutes.
	 * Smaller results are always counted afresh.
	 */
	private final Cache<String, List<FacetRow>> largeFacets = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	RecommendationSearchQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RecommendationResults search(RecommendationSearch search, Set<SessionStatus> visible, NameSearch.Matches names) {
		Filter filter = new Filter(search, visible, names);
		int page = search.pageNumber();
		// Without words the list is usually most of the registry (the list as first opened, or one status): counted
		// first, up to the limit, it is known to be too large before ten thousand rows are gathered for nothing.
		long counted = filter.hasWords() ? 0 : count(filter);
		Gathered gathered = (counted > RecommendationResults.COUNT_LIMIT) ? null : gather(filter, search.order(), page);
		long total = (gathered != null) ? gathered.total() : counted;
		boolean capped = total > RecommendationResults.COUNT_LIMIT;
		List<RecommendationHit> rows = capped ? hits(filter, search.order(), page) : gathered.hits();
		List<FacetRow> facetRows = capped ? this.largeFacets.get(filter.key(), (key) -> facetRows(filter))
				: gathered.facets();
		boolean hasNext = rows.size() > RecommendationResults.PAGE_SIZE;
		List<RecommendationHit> hits = hasNext ? rows.subList(0, RecommendationResults.PAGE_SIZE) : rows;
		return new RecommendationResults(search, hits, page, hasNext,
				Math.min(total, RecommendationResults.COUNT_LIMIT), capped, facets(search, facetRows));
	}

	/**
	 * The best few matches of words (and the names they stand for) among the first
	 * {@link SearchTerms#RANKED_CANDIDATES} found in the words' index, for the site-wide search: counted up to that
	 * many, so that no statement reads more rows than that whatever the words. Only the rows shown are read in full and
	 * given headlines.
	 */
	RecommendationResults best(RecommendationSearch search, Set<SessionStatus> visible, NameSearch.Matches names,
			int limit) {
		Filter filter = new Filter(search, visible, names);
		String sql = """
				with candidates as materialized (
				    select r.id, %s as rank
				    from recommendation r
				    join consultation_session s on s.id = r.origin_session_id
				    where %s
				    limit :candidates
				), best as (
				    select id, rank from candidates order by rank desc, id desc limit :limit
				)
				select r.id, r.title, r.status, r.target_date, s.id as session_id, s.title as session_title, s.held_on,
				       o.id as responsible_id, coalesce(o.acronym, o.name) as responsible, %s as headline,
				       (select count(*) from candidates) as candidates
				from best b
				join recommendation r on r.id = b.id
				join consultation_session s on s.id = r.origin_session_id
				left join organisation o on o.id = r.responsible_organisation_id
				order by b.rank desc, b.id desc
				""".formatted(filter.rank(), filter.where(), headline(filter, "r"));
		long[] found = { 0 };
		List<RecommendationHit> hits = filter.bind(this.jdbc.sql(sql))
			.param("candidates", SearchTerms.RANKED_CANDIDATES + 1)
			.param("limit", limit)
			.param("headline", Snippet.HEADLINE_OPTIONS)
			.query((rs, row) -> {
				found[0] = rs.getLong("candidates");
				return hit(rs);
			})
			.list();
		boolean capped = found[0] > SearchTerms.RANKED_CANDIDATES;
		return new RecommendationResults(search, hits, 0, false,
				Math.min(found[0], SearchTerms.RANKED_CANDIDATES), capped, List.of());
	}

	/** How many match, counted up to one more than the count limit. */
	private long count(Filter filter) {
		String sql = """
				select count(*) from (
				    select 1 from recommendation r
				    join consultation_session s on s.id = r.origin_session_id
				    where %s
				    limit :cap
				) matching
				""".formatted(filter.where());
		return filter.bind(this.jdbc.sql(sql))
			.param("cap", RecommendationResults.COUNT_LIMIT + 1)
			.query(Long.class)
			.single();
	}

	/**
	 * The one statement of a page: the matching rows, up to one more than the count limit, evaluated once into a
	 * materialized set; how many there are; and, when that is the whole result, the page (ranked, ordered, with its
	 * headlines) and the facets, both from that set. Beyond the limit only the count comes back.
	 */
	private Gathered gather(Filter filter, RecommendationOrder order, int page) {
		String sql = """
				with matching as materialized (
				    select r.id, r.status, r.responsible_organisation_id, r.origin_session_id, r.themes,
				           r.raised_by_organisations
				    from recommendation r
				    join consultation_session s on s.id = r.origin_session_id
				    where %s
				    limit :cap
				), whole as (
				    select count(*) as total, count(*) <= :countLimit as complete from matching
				), page as (
				    select r.id, r.title, r.details, r.status, r.target_date, r.created_at, r.origin_session_id,
				           r.responsible_organisation_id, %s as rank
				    from matching m
				    join recommendation r on r.id = m.id
				    where (select complete from whole)
				    order by %s
				    limit :limit offset :offset
				)
				select 'hit' as kind, row_number() over (order by %s) as place, p.id, p.title, p.status,
				       p.target_date, s.id as session_id, s.title as session_title, s.held_on, o.id as responsible_id,
				       coalesce(o.acronym, o.name) as responsible, %s as headline,
				       null as facet, null as value, null as label, null::bigint as total
				from page p
				join consultation_session s on s.id = p.origin_session_id
				left join organisation o on o.id = p.responsible_organisation_id
				union all
				select 'count', 0, null, null, null, null, null, null, null, null, null, null, null, null, null, total
				from whole
				union all
				select 'facet', 0, null, null, null, null, null, null, null, null, null, null, facet, value, %s, total
				from (%s) shown
				where (select complete from whole)
				order by kind, place
				""".formatted(filter.where(), filter.rank(), orderBy(order, "r"), orderBy(order, "p"),
				headline(filter, "p"), FACET_LABEL, facetsOf("matching"));
		List<RecommendationHit> hits = new ArrayList<>();
		List<FacetRow> facets = new ArrayList<>();
		long[] total = { 0 };
		filter.bind(this.jdbc.sql(sql))
			.param("cap", RecommendationResults.COUNT_LIMIT + 1)
			.param("countLimit", RecommendationResults.COUNT_LIMIT)
			.param("headline", Snippet.HEADLINE_OPTIONS)
			.param("limit", RecommendationResults.PAGE_SIZE + 1)
			.param("offset", page * RecommendationResults.PAGE_SIZE)
			.param("values", FACET_VALUES)
			.query((RowCallbackHandler) (rs) -> {
				switch (rs.getString("kind")) {
					case "hit" -> hits.add(hit(rs));
					case "count" -> total[0] = rs.getLong("total");
					default -> facets.add(new FacetRow(rs.getString("facet"), rs.getString("value"),
							rs.getString("label"), rs.getLong("total")));
				}
			});
		return new Gathered(total[0], hits, facets);
	}

	private record Gathered(long total, List<RecommendationHit> hits, List<FacetRow> facets) {
	}

	private static String headline(Filter filter, String alias) {
		return filter.hasWords() ? "ts_headline('simple', coalesce(nullif(" + alias + ".details, ''), " + alias
				+ ".title), " + SearchTerms.QUERY + ", :headline)" : "null";
	}

	/**
	 * The facets of a set of matching recommendations, grouped five ways, the most frequent values of each (the first
	 * of each's own sort, cheaper than ranking all of them in one window): each value with the id it stands for
	 * ({@code ref}, an organisation's or a session's), so that only the values shown are labelled ({@link #FACET_LABEL}).
	 * The organisations that raised the issues a recommendation answers are kept on it (V25).
	 */
	private static String facetsOf(String set) {
		return """
				(select 'status' as facet, status as value, null::bigint as ref, count(*) as total
				 from %1$s group by status
				 order by count(*) desc, status collate "C" limit :values)
				union all
				(select 'theme', theme, null, count(*) from %1$s h cross join unnest(h.themes) theme group by theme
				 order by count(*) desc, theme collate "C" limit :values)
				union all
				(select 'responsible', h.responsible_organisation_id::text, h.responsible_organisation_id, count(*)
				 from %1$s h where h.responsible_organisation_id is not null group by h.responsible_organisation_id
				 order by count(*) desc, h.responsible_organisation_id::text collate "C" limit :values)
				union all
				(select 'raisedBy', raiser::text, raiser, count(*)
				 from %1$s h cross join unnest(h.raised_by_organisations) raiser group by raiser
				 order by count(*) desc, raiser::text collate "C" limit :values)
				union all
				(select 'session', h.origin_session_id::text, h.origin_session_id, count(*)
				 from %1$s h group by h.origin_session_id
				 order by count(*) desc, h.origin_session_id::text collate "C" limit :values)
				""".formatted(set);
	}

	/**
	 * The label of a facet value, looked up for the values shown alone: a search's matches come from many sessions and
	 * bodies (176 sessions and 362 bodies for "tax" with a theme and a status), and looking all of them up cost more
	 * than counting them. Subqueries rather than joins, which the planner may turn into a scan of every organisation.
	 */
	private static final String FACET_LABEL = """
			case when facet = 'session'
			     then (select fs.title || ' (' || to_char(fs.held_on, 'YYYY-MM-DD') || ')'
			           from consultation_session fs where fs.id = ref)
			     when ref is not null
			     then (select coalesce(fo.acronym, fo.name) from organisation fo where fo.id = ref) end""";

	private static RecommendationHit hit(ResultSet rs) throws SQLException {
		return new RecommendationHit(rs.getLong("id"), rs.getString("title"),
				RecommendationStatus.valueOf(rs.getString("status")), rs.getObject("target_date", LocalDate.class),
				rs.getLong("session_id"), rs.getString("session_title"), rs.getObject("held_on", LocalDate.class),
				rs.getObject("responsible_id", Long.class), rs.getString("responsible"),
				Snippet.parse(rs.getString("headline")));
	}

	/**
	 * A page of a result beyond the count limit, straight from the indexes in its order; by relevance, the best of its
	 * newest {@link #RANKED_LIMIT} (or as many as the page reaches).
	 */
	private List<RecommendationHit> hits(Filter filter, RecommendationOrder order, int page) {
		int offset = page * RecommendationResults.PAGE_SIZE;
		int limit = RecommendationResults.PAGE_SIZE + 1;
		// The newest matches are picked by their ids alone and only those read in full: sorting whole rows (the texts
		// and words of 55,000 recommendations with "tax") spilled 28 MB to disk on every request.
		String matching = (order == RecommendationOrder.RELEVANCE) ? """
				(select r.id from recommendation r
				 join consultation_session s on s.id = r.origin_session_id
				 where %s
				 order by r.created_at desc, r.id desc
				 limit :ranked) newest
				join recommendation r on r.id = newest.id""".formatted(filter.where()) : "recommendation r";
		String where = (order == RecommendationOrder.RELEVANCE) ? "true" : filter.where();
		// The page is picked first, from the recommendations' ids, order and session alone, so that walking past those
		// of unpublished sessions can stay in an index (V23); only the picked rows are then read in full.
		String sql = """
				select h.id, h.title, h.status, h.target_date, h.session_id, h.session_title, h.held_on,
				       h.responsible_id, h.responsible, %s as headline
				from (
				    select picked.id, picked.rank, r.title, r.details, r.status, r.target_date, r.created_at,
				           s.id as session_id, s.title as session_title, s.held_on, o.id as responsible_id,
				           coalesce(o.acronym, o.name) as responsible
				    from (
				        select r.id, r.created_at, r.target_date, %s as rank
				        from %s
				        join consultation_session s on s.id = r.origin_session_id
				        where %s
				        order by %s
				        limit :limit offset :offset
				    ) picked
				    join recommendation r on r.id = picked.id
				    join consultation_session s on s.id = r.origin_session_id
				    left join organisation o on o.id = r.responsible_organisation_id
				) h
				order by %s
				""".formatted(headline(filter, "h"), filter.rank(), matching, where, orderBy(order, "r"),
				orderBy(order, "h"));
		return filter.bind(this.jdbc.sql(sql))
			.param("headline", Snippet.HEADLINE_OPTIONS)
			.param("ranked", Math.max(RANKED_LIMIT, offset + limit))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> hit(rs))
			.list();
	}

	static String orderBy(RecommendationOrder order, String alias) {
		return switch (order) {
			// In the inner query the rank is a bare output column: "r.rank" would read as the function rank(r).
			case RELEVANCE -> ("r".equals(alias) ? "rank" : alias + ".rank") + " desc, " + alias + ".id desc";
			case NEWEST -> alias + ".created_at desc, " + alias + ".id desc";
			case OLDEST -> alias + ".created_at, " + alias + ".id";
			case TARGET_DATE -> alias + ".target_date nulls last, " + alias + ".id";
		};
	}

	/**
	 * The facets of a result too large to count, described by its newest rows up to the count limit, so that no page
	 * reads the whole registry (the registry's newest 10,000 come from hundreds of sessions and bodies).
	 */
	private List<FacetRow> facetRows(Filter filter) {
		String sql = """
				with matching as materialized (
				    select r.id, r.status, r.responsible_organisation_id, r.origin_session_id, r.themes,
				           r.raised_by_organisations
				    from recommendation r
				    join consultation_session s on s.id = r.origin_session_id
				    where %s
				    order by r.id desc
				    limit :cap
				)
				select facet, value, %s as label, total from (%s) shown
				""".formatted(filter.where(), FACET_LABEL, facetsOf("matching"));
		return filter.bind(this.jdbc.sql(sql))
			.param("cap", RecommendationResults.COUNT_LIMIT)
			.param("values", FACET_VALUES)
			.query((rs, row) -> new FacetRow(rs.getString("facet"), rs.getString("value"), rs.getString("label"),
					rs.getLong("total")))
			.list();
	}

	private static List<Facet> facets(RecommendationSearch search, List<FacetRow> rows) {
		Map<String, String> selected = new LinkedHashMap<>();
		selected.put("status", (search.status() != null) ? search.status().name() : null);
		selected.put("theme", (search.theme() != null) ? search.theme().name() : null);
		selected.put("responsible", (search.responsible() != null) ? search.responsible().toString() : null);
		selected.put("raisedBy", (search.raisedBy() != null) ? search.raisedBy().toString() : null);
		selected.put("session", (search.session() != null) ? search.session().toString() : null);
		List<Facet> facets = new ArrayList<>();
		for (Map.Entry<String, String> facet : selected.entrySet()) {
			String name = facet.getKey();
			List<FacetValue> values = rows.stream()
				.filter((row) -> row.facet().equals(name))
				.sorted(Comparator.comparingLong(FacetRow::total).reversed().thenComparing(FacetRow::value))
				.limit(FACET_VALUES)
				.map((row) -> {
					boolean chosen = row.value().equals(facet.getValue());
					return new FacetValue(row.value(), row.label(), row.total(), chosen,
							search.link(PATH, name, chosen ? null : row.value()));
				})
				.toList();
			if (!values.isEmpty()) {
				facets.add(new Facet(name, values));
			}
		}
		return facets;
	}

	private record FacetRow(String facet, String value, String label, long total) {
	}

	/** The WHERE clause of a search and its parameters, shared by the rows, the count and the facets. */
	static final class Filter {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new LinkedHashMap<>();

		private final boolean words;

		Filter(RecommendationSearch search, Set<SessionStatus> visible, NameSearch.Matches names) {
			this.conditions.add("s.status in (:visible)");
			this.params.put("visible", visible.stream().map(Enum::name).sorted().toList());
			SearchTerms terms = search.terms();
			// The theme, the organisation that raised an issue answered and, beside words or those, the status are
			// looked up among the recommendation's filter tags (V20, V25), which the words' index holds too, so that one
			// index scan intersects them all. A theme and a status are one tag (V25), whose posting list is much
			// shorter than either's. The status alone is left to its own index, which also gives the newest first.
			List<String> tags = new ArrayList<>();
			String status = (search.status() != null) ? "status=" + search.status().name() : null;
			if (search.theme() != null) {
				tags.add((status != null) ? search.theme().name() + "|" + status : search.theme().name());
			}
			if (search.raisedBy() != null) {
				tags.add("raisedBy=" + search.raisedBy());
			}
			if (status != null && search.theme() == null) {
				if (terms.isEmpty() && tags.isEmpty()) {
					condition("r.status = :status", "status", search.status().name());
				}
				else {
					tags.add(status);
				}
			}
			if (!tags.isEmpty()) {
				condition("r.filter_tags @> cast(array[:tags] as text[])", "tags", tags);
			}
			if (search.responsible() != null) {
				condition("r.responsible_organisation_id = :responsible", "responsible", search.responsible());
			}
			if (search.session() != null) {
				condition("r.origin_session_id = :session", "session", search.session());
			}
			if (search.from() != null) {
				condition("s.held_on >= :from", "from", search.from());
			}
			if (search.to() != null) {
				condition("s.held_on <= :to", "to", search.to());
			}
			this.words = !terms.isEmpty();
			if (this.words) {
				List<String> alternatives = new ArrayList<>();
				alternatives.add("r.search_vector @@ " + SearchTerms.QUERY);
				this.params.put("words", terms.joined());
				if (!names.organisations().isEmpty()) {
					alternatives.add("r.responsible_organisation_id in (:organisations)");
					alternatives.add("r.proposer_organisation_id in (:organisations)");
					// Those that raised an issue it answers are among its filter tags (V25), in the words' index: as a
					// subquery, it made PostgreSQL read every recommendation to find a rarely named body's few.
					alternatives.add("r.filter_tags && cast(array[:raisedByNamed] as text[])");
					this.params.put("organisations", names.organisationIds());
					this.params.put("raisedByNamed",
							names.organisationIds().stream().map((id) -> "raisedBy=" + id).toList());
				}
				if (!names.people().isEmpty()) {
					alternatives.add("r.proposer_person_id in (:people)");
					// The answers to their issues as a list of ids worked out first: as a subquery for each
					// recommendation, PostgreSQL read all of them to find a person's few (V27).
					alternatives.add("""
							r.id = any(array(select ri.recommendation_id from issue_raised i
							    join recommendation_issue ri on ri.issue_id = i.id
							    where i.raised_by_person_id in (:people)))""");
					this.params.put("people", names.personIds());
				}
				this.conditions.add("(" + String.join(" or ", alternatives) + ")");
			}
		}

		private void condition(String condition, String name, Object value) {
			this.conditions.add(condition);
			this.params.put(name, value);
		}

		boolean hasWords() {
			return this.words;
		}

		String where() {
			return String.join(" and ", this.conditions);
		}

		/** The rank of a row for ordering by relevance: how well its words match, or 0 when there are none. */
		String rank() {
			return this.words ? "ts_rank(r.search_vector, " + SearchTerms.QUERY + ")" : "0";
		}

		Map<String, Object> params() {
			return Map.copyOf(this.params);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			this.params.forEach(statement::param);
			return statement;
		}

		/** What identifies the result, whatever its order or page. */
		String key() {
			return this.params.toString();
		}

	}

}
