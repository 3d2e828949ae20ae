package org.consultationregistry.recommendation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.SessionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.consultationregistry.stakeholder.NameSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the report feature reads about recommendations: the tracker, row by row as the database sends it, and the
 * figures of the dashboard and the accountability clock. Read-only; nothing here changes a recommendation.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationReports {

	/** Rows fetched per round trip while streaming the tracker: memory stays flat however many rows there are. */
	private static final int FETCH_SIZE = 500;

	/** How long a decision took, in days: the upper bounds of the dashboard's bands (the last is open). */
	private static final int[] DECISION_BANDS = { 30, 90, 180, 365 };

	private static final Duration EXPORT_TIME_LIMIT = Duration.ofMinutes(15);

	private final NamedParameterJdbcTemplate streaming;

	private final RecommendationFinder finder;

	@PersistenceContext
	private EntityManager entityManager;

	RecommendationReports(DataSource dataSource, RecommendationFinder finder) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.setFetchSize(FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(jdbc);
		this.finder = finder;
	}

	/**
	 * Hands each recommendation the search selects, in its order (the same words, filters and order as the
	 * recommendations list), to {@code sink} as the database sends it, without
	 * holding the list. The sink runs inside this read-only transaction (PostgreSQL only streams with a cursor inside
	 * one), so it should write its output as it goes.
	 * @param today the board's date, against which follow-up actions are overdue
	 */
	public void streamTracker(RecommendationSearch search, Audience audience, LocalDate today,
			Consumer<TrackerRow> sink) {
		NameSearch.Matches names = this.finder.namesIn(search, audience);
		RecommendationSearchQuery.Filter filter = new RecommendationSearchQuery.Filter(search, audience.visibleSessions(),
				names);
		Map<String, Object> arguments = new HashMap<>(filter.params());
		arguments.put("today", today);
		// An export of the whole registry takes longer than any page may: lift the statement and read time limits for
		// this transaction only (the pool puts the connection's own read limit back when it is returned).
		this.streaming.getJdbcTemplate().execute("set local statement_timeout = '15min'");
		this.streaming.getJdbcTemplate().execute((ConnectionCallback<Void>) (connection) -> {
			connection.setNetworkTimeout(Runnable::run, (int) EXPORT_TIME_LIMIT.toMillis());
			return null;
		});
		this.streaming.query("""
				select r.id, r.version, r.title, s.id as session_id, s.title as session_title, s.held_on,
				       po.name as proposed_by, ro.name as responsible, r.status, r.target_date,
				       (select array_agg(distinct i.category order by i.category)
				        from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
				        where ri.recommendation_id = r.id) as themes,
				       greatest((select max(c.changed_at) from recommendation_status_change c
				                 where c.recommendation_id = r.id),
				                (select max(greatest(a.created_at, a.done_at, a.reopened_at)) from follow_up_action a
				                 where a.recommendation_id = r.id)) as last_movement,
				       (select c.reason from recommendation_status_change c where c.recommendation_id = r.id
				        order by c.changed_at desc, c.id desc limit 1) as latest_note,
				       a.open_actions, a.overdue_actions, """ + filter.rank() + """
				       as rank
				from recommendation r
				join consultation_session s on s.id = r.origin_session_id
				left join organisation po on po.id = r.proposer_organisation_id
				left join organisation ro on ro.id = r.responsible_organisation_id
				cross join lateral (select count(*) filter (where not f.done) as open_actions,
				                           count(*) filter (where not f.done and f.due_date < :today) as overdue_actions
				                    from follow_up_action f where f.recommendation_id = r.id) a
				where\s""" + filter.where() + """

				order by\s""" + RecommendationSearchQuery.orderBy(search.order(), "r") + """

				""", arguments, (ResultSet rs) -> {
			sink.accept(new TrackerRow(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
					rs.getLong("session_id"), rs.getString("session_title"), rs.getObject("held_on", LocalDate.class),
					themes(rs.getArray("themes")), rs.getString("proposed_by"), rs.getString("responsible"),
					RecommendationStatus.valueOf(rs.getString("status")), rs.getObject("target_date", LocalDate.class),
					instant(rs.getTimestamp("last_movement")), rs.getString("latest_note"), rs.getInt("open_actions"),
					rs.getInt("overdue_actions")));
		});
	}

	/**
	 * Where each recommendation stands now, as an uploaded tracker is checked against it. Ids the registry does not
	 * hold are left out.
	 */
	public Map<Long, TrackerState> currentState(Collection<Long> ids) {
		Map<Long, TrackerState> states = new HashMap<>();
		List<Long> all = List.copyOf(ids);
		for (int start = 0; start < all.size(); start += 1000) {
			List<Long> chunk = all.subList(start, Math.min(all.size(), start + 1000));
			List<Object[]> rows = rows(this.entityManager.createNativeQuery("""
					select r.id, r.version, r.title, r.status, r.target_date, s.held_on
					from recommendation r join consultation_session s on s.id = r.origin_session_id
					where r.id in (:ids)
					""").setParameter("ids", chunk).getResultList());
			for (Object[] row : rows) {
				long id = number(row[0]);
				states.put(id, new TrackerState(id, number(row[1]), (String) row[2],
						RecommendationStatus.valueOf((String) row[3]), date(row[4]), date(row[5])));
			}
		}
		return states;
	}

	/**
	 * How many recommendations answer issues of each category, with every category present. A recommendation that
	 * answers issues of two categories counts in both.
	 */
	public Map<IssueCategory, Long> countByTheme(Audience audience) {
		Map<IssueCategory, Long> counts = new EnumMap<>(IssueCategory.class);
		Arrays.stream(IssueCategory.values()).forEach((category) -> counts.put(category, 0L));
		// Each recommendation once per category, then counted: no sort of every link for a count(distinct) per
		// category. The categories come from their own index (V19), not from the issues' texts; the sessions the
		// audience may not see are left out rather than looked up for every recommendation (see decisionTimes).
		rows(this.entityManager.createNativeQuery("""
				select t.category, count(*)
				from (
				    select distinct ri.recommendation_id, i.category
				    from recommendation_issue ri
				    join issue_raised i on i.id = ri.issue_id
				    join recommendation r on r.id = ri.recommendation_id
				    where r.origin_session_id not in (select s.id from consultation_session s
				                                      where s.status not in (:statuses))
				) t
				group by t.category
				""").setParameter("statuses", statuses(audience)).getResultList())
			.forEach((row) -> counts.put(IssueCategory.valueOf((String) row[0]), number(row[1])));
		return counts;
	}

	/**
	 * How long recommendations waited from their proposal to the first decision on them (accepted or rejected).
	 */
	public DecisionTimes decisionTimes(Audience audience) {
		// Reads only the proposals and decisions, in recommendation order from their own index (V19), without
		// looking up each recommendation's session: the recommendations of the sessions the audience may not see are
		// left out instead, none for the staff and few for the public.
		Object[] row = (Object[]) this.entityManager.createNativeQuery("""
				with waits as (
				    select extract(epoch from min(c.changed_at) filter (where c.to_status in ('ACCEPTED', 'REJECTED'))
				                            - min(c.changed_at) filter (where c.to_status = 'PROPOSED')) / 86400 as days
				    from recommendation_status_change c
				    where c.to_status in ('PROPOSED', 'ACCEPTED', 'REJECTED')
				      and c.recommendation_id not in (select r.id from recommendation r
				                                      join consultation_session s on s.id = r.origin_session_id
				                                      where s.status not in (:statuses))
				    group by c.recommendation_id
				)
				select count(days), percentile_cont(0.5) within group (order by days), avg(days), max(days),
				       count(*) filter (where days <= :b1),
				       count(*) filter (where days > :b1 and days <= :b2),
				       count(*) filter (where days > :b2 and days <= :b3),
				       count(*) filter (where days > :b3 and days <= :b4),
				       count(*) filter (where days > :b4)
				from waits
				""")
			.setParameter("statuses", statuses(audience))
			.setParameter("b1", DECISION_BANDS[0])
			.setParameter("b2", DECISION_BANDS[1])
			.setParameter("b3", DECISION_BANDS[2])
			.setParameter("b4", DECISION_BANDS[3])
			.getSingleResult();
		List<Long> bands = new ArrayList<>();
		for (int i = 4; i < 9; i++) {
			bands.add(number(row[i]));
		}
		return new DecisionTimes(number(row[0]), decimal(row[1]), decimal(row[2]), decimal(row[3]), bands);
	}

	/**
	 * What is late, for the staff: follow-up actions not done by their due date, and open recommendations past their
	 * target date, each with the body that must act (the action's owner, else the body responsible for the
	 * recommendation; {@code body_id} null when none is named). Each branch reads its own partial index (V22).
	 */
	private static final String LATE = """
			late as (
			    select 'ACTION' as kind, a.id as item_id, a.recommendation_id, a.owner_organisation_id as body_id,
			           a.due_date
			    from follow_up_action a
			    where not a.done and a.due_date < :today and a.owner_organisation_id is not null
			    union all
			    select 'ACTION', a.id, a.recommendation_id, r.responsible_organisation_id, a.due_date
			    from follow_up_action a join recommendation r on r.id = a.recommendation_id
			    where not a.done and a.due_date < :today and a.owner_organisation_id is null
			    union all
			    select 'TARGET', r.id, r.id, r.responsible_organisation_id, r.target_date
			    from recommendation r
			    where r.target_date < :today and r.status not in ('IMPLEMENTED', 'REJECTED')
			)
			""";

	/**
	 * One page of the bodies that have something overdue, with how much and since when: bodies in alphabetical
	 * order, those with none named last. Counted in one grouped statement, which also says how many bodies there are.
	 */
	public Page<OverdueBody> overdueBodies(LocalDate today, Pageable pageable) {
		List<Object[]> rows = rows(this.entityManager.createNativeQuery("with " + LATE + """
				, bodies as (
				    select l.body_id, count(*) filter (where l.kind = 'ACTION') as actions,
				           count(*) filter (where l.kind = 'TARGET') as targets, min(l.due_date) as oldest
				    from late l
				    group by l.body_id
				)
				select b.body_id, o.name, b.actions, b.targets, b.oldest, count(*) over () as bodies
				from bodies b left join organisation o on o.id = b.body_id
				order by o.name nulls last, b.body_id
				offset :offset limit :limit
				""")
			.setParameter("today", today)
			.setParameter("offset", pageable.getOffset())
			.setParameter("limit", pageable.getPageSize())
			.getResultList());
		List<OverdueBody> bodies = rows.stream()
			.map((row) -> new OverdueBody((row[0] != null) ? number(row[0]) : null, (String) row[1], number(row[2]),
					number(row[3]), date(row[4])))
			.toList();
		// Past the last page the statement returns no row to carry the total: the page says it is empty instead.
		long total = rows.isEmpty() ? pageable.getOffset() : number(rows.get(0)[5]);
		return new PageImpl<>(bodies, pageable, total);
	}

	/**
	 * What one body has overdue, counted; empty when there is no such organisation.
	 * @param bodyId {@code null} for the items no body is named for
	 */
	public Optional<OverdueBody> overdueBody(Long bodyId, LocalDate today) {
		List<Object[]> rows = rows(this.entityManager.createNativeQuery("with " + LATE + """
				, body as (
				    select o.id, o.name from organisation o where o.id = :body
				    union all
				    select null, null where cast(:body as bigint) is null
				)
				select b.id, b.name, c.actions, c.targets, c.oldest
				from body b
				cross join (select count(*) filter (where l.kind = 'ACTION') as actions,
				                   count(*) filter (where l.kind = 'TARGET') as targets, min(l.due_date) as oldest
				            from late l where """ + sameBody() + """
				) c
				""").setParameter("today", today).setParameter("body", bodyId).getResultList());
		return rows.stream()
			.findFirst()
			.map((row) -> new OverdueBody(bodyId, (String) row[1], number(row[2]), number(row[3]), date(row[4])));
	}

	/**
	 * One page of what one body has overdue, the longest overdue first (then targets after actions of the same day,
	 * then by id, so that pages never overlap).
	 * @param bodyId {@code null} for the items no body is named for
	 */
	public List<OverdueItem> overdueOf(Long bodyId, LocalDate today, Pageable pageable) {
		return rows(this.entityManager.createNativeQuery("with " + LATE + """
				, page as (
				    select l.* from late l where """ + sameBody() + """

				    order by l.due_date, l.kind, l.item_id
				    offset :offset limit :limit
				)
				select p.kind, p.recommendation_id, r.title, r.status, a.description, p.due_date, o.id, o.name,
				       greatest((select max(c.changed_at) from recommendation_status_change c
				                 where c.recommendation_id = r.id),
				                (select max(greatest(f.created_at, f.done_at, f.reopened_at)) from follow_up_action f
				                 where f.recommendation_id = r.id)) as last_movement
				from page p
				join recommendation r on r.id = p.recommendation_id
				left join follow_up_action a on p.kind = 'ACTION' and a.id = p.item_id
				left join organisation o on o.id = p.body_id
				order by p.due_date, p.kind, p.item_id
				""")
			.setParameter("today", today)
			.setParameter("body", bodyId)
			.setParameter("offset", pageable.getOffset())
			.setParameter("limit", pageable.getPageSize())
			.getResultList())
			.stream()
			.map((row) -> new OverdueItem(OverdueItem.Kind.valueOf((String) row[0]), number(row[1]),
					(String) row[2], RecommendationStatus.valueOf((String) row[3]), (String) row[4], date(row[5]),
					(row[6] != null) ? number(row[6]) : null, (String) row[7], instant(row[8])))
			.toList();
	}

	/**
	 * The late items of the body {@code :body}, or of none when it is null. Written as two conditions, not
	 * {@code is not distinct from}, so that each branch of {@link #LATE} keeps its index.
	 */
	private static String sameBody() {
		return "(l.body_id = :body or (cast(:body as bigint) is null and l.body_id is null))";
	}

	private static List<String> statuses(Audience audience) {
		return audience.visibleSessions().stream().map(SessionStatus::name).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Object[]> rows(List<?> result) {
		return (List<Object[]>) result;
	}

	private static List<IssueCategory> themes(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map((name) -> IssueCategory.valueOf((String) name)).toList();
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	private static Double decimal(Object value) {
		return (value != null) ? ((Number) value).doubleValue() : null;
	}

	private static LocalDate date(Object value) {
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		return (LocalDate) value;
	}

	private static Instant instant(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		return (Instant) value;
	}

	/** A recommendation as it stands, for checking an update to it. */
	public record TrackerState(long id, long version, String title, RecommendationStatus status, LocalDate targetDate,
			LocalDate sessionHeldOn) {
	}

	/**
	 * How long recommendations waited for a decision.
	 * @param decided how many have been decided
	 * @param medianDays the median wait in days, {@code null} when none has been decided
	 * @param bands how many waited up to 30, 90, 180, 365 days, and longer
	 */
	public record DecisionTimes(long decided, Double medianDays, Double averageDays, Double longestDays,
			List<Long> bands) {
	}

	/**
	 * A body with something overdue.
	 * @param bodyId {@code null} for the items no body is named for
	 * @param actions how many of its follow-up actions are late
	 * @param targets how many of its recommendations are past their target date
	 * @param oldest the earliest due or target date among them, {@code null} when nothing is late
	 */
	public record OverdueBody(Long bodyId, String bodyName, long actions, long targets, LocalDate oldest) {

		public long total() {
			return this.actions + this.targets;
		}

	}

	/**
	 * Something overdue: a follow-up action past its due date ({@code ACTION}, with its description) or a
	 * recommendation past its target date ({@code TARGET}).
	 * @param bodyId the body that must act, {@code null} when none is named
	 */
	public record OverdueItem(Kind kind, long recommendationId, String recommendationTitle,
			RecommendationStatus status, String description, LocalDate dueDate, Long bodyId, String bodyName,
			Instant lastMovement) {

		public enum Kind {

			ACTION, TARGET

		}

	}

}
