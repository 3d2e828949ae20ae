package org.consultationregistry.issue;

import java.time.LocalDate;
import java.util.List;

import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.SearchTerms;
import org.consultationregistry.shared.Snippet;
import org.consultationregistry.stakeholder.NameSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds issues raised by the words of their titles and details, best match first among the first
 * {@link SearchTerms#RANKED_CANDIDATES} matches found: a word in the title counts for more than one in the details.
 * Ids of -1 stand for "no one" in the SQL, which has no empty IN list. The public finds only issues from sessions
 * whose minutes are published.
 */
@Service
@Transactional(readOnly = true)
public class IssueSearch {

	private final JdbcClient jdbc;

	IssueSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record IssueHit(long id, String title, IssueCategory category, long sessionId, String sessionTitle,
			LocalDate heldOn, String raisedBy, Snippet snippet) {
	}

	/**
	 * Issues whose words match, or that were raised by one of the organisations or people the words name (matched by
	 * the caller), best match first.
	 */
	public List<IssueHit> search(SearchTerms terms, NameSearch.Matches names, Audience audience, int limit) {
		if (terms.isEmpty()) {
			return List.of();
		}
		List<Long> organisations = names.organisationIds().isEmpty() ? List.of(-1L) : names.organisationIds();
		List<Long> people = names.personIds().isEmpty() ? List.of(-1L) : names.personIds();
		// Only the candidates are ranked, and only the issues shown are read in full and given headlines: every match
		// sorted with its details spilled to disk.
		return this.jdbc.sql("""
				select i.id, i.title, i.category, s.id as session_id, s.title as session_title, s.held_on,
				       coalesce(o.acronym, o.name, p.full_name) as raised_by,
				       ts_headline('simple', coalesce(nullif(i.details, ''), i.title), %1$s, :headline) as headline
				from (
				    select c.id, c.rank from (
				        select i.id, ts_rank(i.search_vector, %1$s) as rank
				        from issue_raised i
				        join consultation_session s on s.id = i.session_id
				        where s.status in (:visible)
				          and (i.search_vector @@ %1$s or i.raised_by_organisation_id in (:organisations)
				               or i.raised_by_person_id in (:people))
				        limit :candidates
				    ) c
				    order by c.rank desc, c.id desc
				    limit :limit
				) best
				join issue_raised i on i.id = best.id
				join consultation_session s on s.id = i.session_id
				left join organisation o on o.id = i.raised_by_organisation_id
				left join person p on p.id = i.raised_by_person_id
				order by best.rank desc, best.id desc
				""".formatted(SearchTerms.QUERY))
			.param("words", terms.joined())
			.param("headline", Snippet.HEADLINE_OPTIONS)
			.param("visible", audience.visibleSessions().stream().map(Enum::name).toList())
			.param("organisations", organisations)
			.param("people", people)
			.param("limit", limit)
			.param("candidates", SearchTerms.RANKED_CANDIDATES)
			.query((rs, row) -> new IssueHit(rs.getLong("id"), rs.getString("title"),
					IssueCategory.valueOf(rs.getString("category")), rs.getLong("session_id"),
					rs.getString("session_title"), rs.getObject("held_on", LocalDate.class), rs.getString("raised_by"),
					Snippet.parse(rs.getString("headline"))))
			.list();
	}

}
