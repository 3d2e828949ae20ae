package org.consultationregistry.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.consultationregistry.session.Audience;
import org.consultationregistry.session.SessionStatus;

/**
 * The one place where a {@link RecommendationFilter} becomes SQL: the conditions on {@code recommendation r} joined
 * with its session {@code s}, and their arguments in order. Every export and count that carries the filters of the
 * recommendations page builds its WHERE clause here, so that a file holds exactly the rows the page lists.
 */
final class RecommendationFilterSql {

	private final StringBuilder where = new StringBuilder();

	private final List<Object> arguments = new ArrayList<>();

	private RecommendationFilterSql() {
	}

	static RecommendationFilterSql of(RecommendationFilter filter, Audience audience) {
		RecommendationFilterSql sql = new RecommendationFilterSql();
		List<String> visible = audience.visibleSessions().stream().map(SessionStatus::name).toList();
		sql.where.append("s.status in (").append(String.join(", ", visible.stream().map((status) -> "?").toList()))
			.append(")");
		sql.arguments.addAll(visible);
		String words = filter.words();
		if (words != null) {
			String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			sql.and("(r.title ilike ? escape '\\' or r.details ilike ? escape '\\')", pattern, pattern);
		}
		if (filter.status() != null) {
			sql.and("r.status = ?", filter.status().name());
		}
		if (filter.theme() != null) {
			sql.and("exists (select 1 from recommendation_issue ri join issue_raised i on i.id = ri.issue_id "
					+ "where ri.recommendation_id = r.id and i.category = ?)", filter.theme().name());
		}
		if (filter.responsible() != null) {
			sql.and("r.responsible_organisation_id = ?", filter.responsible());
		}
		if (filter.raisedBy() != null) {
			sql.and("exists (select 1 from recommendation_issue ri join issue_raised i on i.id = ri.issue_id "
					+ "where ri.recommendation_id = r.id and i.raised_by_organisation_id = ?)", filter.raisedBy());
		}
		if (filter.session() != null) {
			sql.and("r.origin_session_id = ?", filter.session());
		}
		if (filter.from() != null) {
			sql.and("s.held_on >= ?", filter.from());
		}
		if (filter.to() != null) {
			sql.and("s.held_on <= ?", filter.to());
		}
		return sql;
	}

	private void and(String condition, Object... values) {
		this.where.append(" and ").append(condition);
		this.arguments.addAll(List.of(values));
	}

	String where() {
		return this.where.toString();
	}

	Object[] arguments() {
		return this.arguments.toArray();
	}

}
