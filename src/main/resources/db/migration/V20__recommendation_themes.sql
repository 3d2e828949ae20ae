-- The themes of a recommendation (the categories of the issues it answers) kept on the recommendation itself, so that
-- the recommendations list can filter by theme in the same index scan that finds its words, instead of looking up
-- the issues of every recommendation that has them. Triggers keep the copy right whichever way the links or an
-- issue's category are written (the forms, the intake, the API, the demo data, plain SQL).

alter table recommendation add column themes text[] not null default '{}';

-- The themes of the given recommendations, worked out again from their issues.
create function refresh_recommendation_themes(ids bigint[]) returns void
    language sql as $$
    update recommendation r
    set themes = coalesce((select array_agg(distinct i.category order by i.category)
                           from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
                           where ri.recommendation_id = r.id), '{}')
    where r.id = any (ids)
$$;

create function recommendation_issue_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform refresh_recommendation_themes(array(select distinct recommendation_id from added));
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        perform refresh_recommendation_themes(array(select distinct recommendation_id from removed));
    end if;
    return null;
end
$$;

create trigger recommendation_issue_added after insert on recommendation_issue
    referencing new table as added for each statement execute function recommendation_issue_changed();
create trigger recommendation_issue_removed after delete on recommendation_issue
    referencing old table as removed for each statement execute function recommendation_issue_changed();
create trigger recommendation_issue_moved after update on recommendation_issue
    referencing old table as removed new table as added for each statement execute function recommendation_issue_changed();

create function issue_category_changed() returns trigger
    language plpgsql as $$
begin
    perform refresh_recommendation_themes(
        array(select recommendation_id from recommendation_issue where issue_id = new.id));
    return null;
end
$$;

create trigger issue_category_changed after update of category on issue_raised
    for each row when (old.category is distinct from new.category) execute function issue_category_changed();

-- The themes and the status together, as one array beside the words ("INFRASTRUCTURE", "status=ACCEPTED"), and one
-- index over both: a search for a word with those filters intersects them all in one index scan, driven by the
-- rarest, instead of building a bitmap of every recommendation with the word, every one with the theme and every one
-- with the status and intersecting those. (The status as a btree_gin column instead was read as a range, into a
-- bitmap that went lossy at this size.) The index serves a search by words alone as the one it replaces did.
-- ("status=", not "status:": pgbench, with which the benchmark replays a page's SQL, reads ":name" as a variable.)
alter table recommendation add column filter_tags text[]
    generated always as (themes || ('status=' || status::text)) stored;
-- The themes of the recommendations recorded so far.
update recommendation r
set themes = answered.themes
from (select ri.recommendation_id, array_agg(distinct i.category order by i.category) as themes
      from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
      group by ri.recommendation_id) answered
where answered.recommendation_id = r.id;

drop index recommendation_search_idx;
create index recommendation_search_idx on recommendation using gin (search_vector, filter_tags);

-- A word was looked up twice, stemmed and as written, even where the stem begins the word ("tax", "manufactur" in
-- "manufacturing") and so already finds everything the word as written does. Each prefix lookup gathers every row
-- with a word beginning so, most of the cost of a search for a common word: the same result, found once.
create or replace function registry_query(words text) returns tsquery
    language sql immutable parallel safe
    return to_tsquery('simple', coalesce((
        select string_agg(case when starts_with(word, stem) then quote_literal(stem) || ':*'
                               else '(' || quote_literal(stem) || ':* | ' || quote_literal(word) || ':*)' end, ' & ')
        from (select word, coalesce((ts_lexize('english_stem', word))[1], word) as stem
              from regexp_split_to_table(lower(words), '\s+') as word
              where word <> '' and ts_lexize('english_stem', word) <> '{}') typed), ''));
