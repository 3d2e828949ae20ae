-- Two copies on the recommendation for the search, beside the themes V20 keeps there.
--
-- The organisations that raised the issues it answers, kept by the same triggers as the themes: the search's
-- "raised by" facet counted them by reading every match's links and issues (352 of each for "tax" with a theme and a
-- status, about a third of the statement); from the matching rows themselves it is an unnest.
--
-- Each theme together with the status ("INFRASTRUCTURE|status=ACCEPTED") among the filter tags: a search with both
-- filters intersected the words with the theme's posting list (68,000 recommendations) and the status's (52,000) to
-- keep 186; the pair's own list is 7,145 long, and the index scan a quarter of the time. And each of those
-- organisations ("raisedBy=37"), so that the "raised by" filter is intersected in the same index scan too, instead of
-- looking up the words of every recommendation answering an issue the organisation raised.

alter table recommendation add column raised_by_organisations bigint[] not null default '{}';

-- The copies of the given recommendations, worked out again from their issues.
create function refresh_recommendation_answers(ids bigint[]) returns void
    language sql as $$
    update recommendation r
    set themes = coalesce((select array_agg(distinct i.category order by i.category)
                           from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
                           where ri.recommendation_id = r.id), '{}'),
        raised_by_organisations = coalesce((select array_agg(distinct i.raised_by_organisation_id
                                                             order by i.raised_by_organisation_id)
                                            from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
                                            where ri.recommendation_id = r.id
                                              and i.raised_by_organisation_id is not null), '{}')
    where r.id = any (ids)
$$;

create or replace function recommendation_issue_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform refresh_recommendation_answers(array(select distinct recommendation_id from added));
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        perform refresh_recommendation_answers(array(select distinct recommendation_id from removed));
    end if;
    return null;
end
$$;

drop trigger issue_category_changed on issue_raised;
drop function issue_category_changed();
drop function refresh_recommendation_themes(bigint[]);

create function issue_answer_copies_changed() returns trigger
    language plpgsql as $$
begin
    perform refresh_recommendation_answers(
        array(select recommendation_id from recommendation_issue where issue_id = new.id));
    return null;
end
$$;

create trigger issue_answer_copies_changed after update of category, raised_by_organisation_id on issue_raised
    for each row when (old.category is distinct from new.category
                       or old.raised_by_organisation_id is distinct from new.raised_by_organisation_id)
    execute function issue_answer_copies_changed();

-- The filter tags are generated: the new expression needs the column made again, and its index with it. Dropped
-- first, so that filling the organisations below does not update the index row by row.
drop index recommendation_search_idx;
alter table recommendation drop column filter_tags;

-- The organisations of the recommendations recorded so far. The lexicon's update trigger (V21) is off meanwhile: it
-- would hold every row twice to compare search vectors that this update does not change.
alter table recommendation disable trigger recommendation_lexemes_changed;
update recommendation r
set raised_by_organisations = answered.organisations
from (select ri.recommendation_id,
             array_agg(distinct i.raised_by_organisation_id order by i.raised_by_organisation_id) as organisations
      from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
      where i.raised_by_organisation_id is not null
      group by ri.recommendation_id) answered
where answered.recommendation_id = r.id;
alter table recommendation enable trigger recommendation_lexemes_changed;

create function recommendation_filter_tags(themes text[], status text, raised_by_organisations bigint[])
    returns text[]
    language sql immutable parallel safe
    return themes || ('status=' || status) || array(select theme || '|status=' || status from unnest(themes) theme)
        || array(select 'raisedBy=' || organisation from unnest(raised_by_organisations) organisation);

alter table recommendation add column filter_tags text[]
    generated always as (recommendation_filter_tags(themes, status::text, raised_by_organisations)) stored;
create index recommendation_search_idx on recommendation using gin (search_vector, filter_tags);
