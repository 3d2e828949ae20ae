package org.consultationregistry.minutes;

import java.time.LocalDate;
import java.util.List;

import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.SearchTerms;
import org.consultationregistry.shared.Snippet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds sessions by the words of their title, theme, objectives, outcome, summary and place, and of what their minutes
 * say now (the current revision). A match in the title or theme counts for most, one in the minutes for less; each
 * kind of match is ranked among the first {@link SearchTerms#RANKED_CANDIDATES} found. The public finds only
 * sessions whose minutes are published.
 */
@Service
@Transactional(readOnly = true)
public class SessionSearch {

	private final JdbcClient jdbc;

	SessionSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record SessionHit(long id, String title, String theme, LocalDate heldOn, String city, Snippet snippet) {
	}

	public List<SessionHit> search(SearchTerms terms, Audience audience, int limit) {
		if (terms.isEmpty()) {
			return List.of();
		}
		// Each kind of match is ranked among its first candidates only, and a minutes' text is read for the sessions
		// shown alone: carried through the grouping, the texts of tens of thousands of minutes spilled to disk.
		return this.jdbc.sql("""
				with query as (select registry_query(:words) as q),
				found as (
				    (select s.id, ts_rank(s.search_vector, query.q) as rank, null::bigint as revision
				     from consultation_session s, query
				     where s.status in (:visible) and s.search_vector @@ query.q
				     limit :candidates)
				    union all
				    (select s.id, ts_rank(r.search_vector, query.q), r.id
				     from minutes_revision r
				     join minutes m on m.id = r.minutes_id and m.current_revision = r.number
				     join consultation_session s on s.id = m.session_id, query
				     where s.status in (:visible) and r.search_vector @@ query.q
				     limit :candidates)
				), best as (
				    select id, sum(rank) as rank, max(revision) as revision from found group by id
				    order by rank desc, id desc
				    limit :limit
				)
				select s.id, s.title, s.theme, s.held_on, s.city,
				       ts_headline('simple', coalesce((select r.text from minutes_revision r where r.id = b.revision),
				                                      nullif(s.objectives, ''), nullif(s.outcome, ''), s.title),
				                   query.q, :headline) as headline
				from best b join consultation_session s on s.id = b.id, query
				order by b.rank desc, s.id desc
				""")
			.param("words", terms.joined())
			.param("headline", Snippet.HEADLINE_OPTIONS)
			.param("visible", audience.visibleSessions().stream().map(Enum::name).toList())
			.param("limit", limit)
			.param("candidates", SearchTerms.RANKED_CANDIDATES)
			.query((rs, row) -> new SessionHit(rs.getLong("id"), rs.getString("title"), rs.getString("theme"),
					rs.getObject("held_on", LocalDate.class), rs.getString("city"),
					Snippet.parse(rs.getString("headline"))))
			.list();
	}

}
