-- An organisation's footprint, precomputed: one row for each session someone from it attended (kind 'S'), each
-- issue it or one of its people raised ('I') and each recommendation that concerns it ('R': it is responsible for
-- it, proposed it, or raised an issue it answers), with the key its page sorts that list by and whether the public
-- may see the item (its session is published). Worked out on each visit, the largest organisation's page read every
-- one of its thousand issues and the twelve hundred recommendations answering them to show the newest twenty; here
-- each list is a range of one index, stopped at twenty, and each count an index-only range stopped at the cap.
--
-- Triggers keep it exact whichever way the records are written (the forms, the intake, the API, the demo data, plain
-- SQL): each recomputes the rows of the items a change touches from the view below, the one definition of what an
-- organisation's footprint is. (The benchmark's generator loads with triggers off and fills it in
-- bench/generate/85-organisation-footprint.sql.)
create view organisation_footprint_source as
select distinct p.organisation_id, 'S'::char(1) as kind, s.id as item_id, s.held_on::timestamp as sort_key,
       s.status = 'PUBLISHED' as published
from participant p join consultation_session s on s.id = p.session_id
where p.organisation_id is not null
union all
-- Issues of an organisation's people count as its own, whichever organisation they work for now.
select distinct raiser.organisation_id, 'I'::char(1), i.id, s.held_on::timestamp, s.status = 'PUBLISHED'
from issue_raised i join consultation_session s on s.id = i.session_id
cross join lateral (select i.raised_by_organisation_id
                    union all
                    select pe.organisation_id from person pe where pe.id = i.raised_by_person_id) raiser (organisation_id)
where raiser.organisation_id is not null
union all
-- Only issues the organisation itself raised, not its people's, as the page has always counted them.
select distinct concerned.organisation_id, 'R'::char(1), r.id, r.created_at at time zone 'UTC', s.status = 'PUBLISHED'
from recommendation r join consultation_session s on s.id = r.origin_session_id
cross join lateral (select r.responsible_organisation_id
                    union all
                    select r.proposer_organisation_id
                    union all
                    select i.raised_by_organisation_id
                    from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
                    where ri.recommendation_id = r.id) concerned (organisation_id)
where concerned.organisation_id is not null;

-- The key leads with the item, for the triggers, which replace an item's rows; the index leads with the
-- organisation, for its page. Issues sort by date, then in the order they were recorded (ascending ids): the index
-- gives the dates, and only the rows of one date are sorted again.
create table organisation_footprint (
    organisation_id bigint not null,
    kind char(1) not null check (kind in ('S', 'I', 'R')),
    item_id bigint not null,
    sort_key timestamp not null,
    published boolean not null
);

-- Filled before its key and index are built: one sorted build each, rather than three million insertions.
insert into organisation_footprint select * from organisation_footprint_source;

alter table organisation_footprint add primary key (kind, item_id, organisation_id);
create index organisation_footprint_page_idx on organisation_footprint
    (organisation_id, kind, sort_key desc, item_id desc) include (published);

-- The rows of the given items of one kind, worked out again from the records. Two transactions changing the same
-- item (two officials seating people at one session) take turns: each item is locked first, so that the second
-- deletes the rows the first inserted, and works the item out from what the first committed, instead of inserting
-- them again (a duplicate key) or leaving rows the records no longer give.
create function refresh_organisation_footprint(refreshed_kind char, ids bigint[]) returns void
    language plpgsql as $$
begin
    if cardinality(ids) = 0 then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext('organisation_footprint ' || refreshed_kind), (item % 2147483647)::int)
    from unnest(ids) item order by item;
    delete from organisation_footprint where kind = refreshed_kind and item_id = any (ids);
    insert into organisation_footprint
    select * from organisation_footprint_source where kind = refreshed_kind and item_id = any (ids);
end
$$;

-- Who was at a session's table: its attendance.
create function participant_footprint_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform refresh_organisation_footprint('S', array(select distinct session_id from added));
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        perform refresh_organisation_footprint('S', array(select distinct session_id from removed));
    end if;
    return null;
end
$$;

create trigger participant_footprint_added after insert on participant
    referencing new table as added for each statement execute function participant_footprint_changed();
create trigger participant_footprint_removed after delete on participant
    referencing old table as removed for each statement execute function participant_footprint_changed();
create trigger participant_footprint_moved after update on participant
    referencing old table as removed new table as added for each statement execute function participant_footprint_changed();

-- An issue: who raised it and in which session; and, if the organisation that raised it changes, the
-- recommendations answering it. (A deleted issue's links go with it, and their trigger refreshes those.)
create function issue_footprint_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform refresh_organisation_footprint('I', array(select id from added));
    elsif tg_op = 'DELETE' then
        perform refresh_organisation_footprint('I', array(select id from removed));
    else
        perform refresh_organisation_footprint('I', array(
            select a.id from added a join removed r on r.id = a.id
            where (a.session_id, a.raised_by_person_id, a.raised_by_organisation_id)
                  is distinct from (r.session_id, r.raised_by_person_id, r.raised_by_organisation_id)));
        perform refresh_organisation_footprint('R', array(
            select distinct ri.recommendation_id
            from added a join removed r on r.id = a.id join recommendation_issue ri on ri.issue_id = a.id
            where a.raised_by_organisation_id is distinct from r.raised_by_organisation_id));
    end if;
    return null;
end
$$;

create trigger issue_footprint_added after insert on issue_raised
    referencing new table as added for each statement execute function issue_footprint_changed();
create trigger issue_footprint_removed after delete on issue_raised
    referencing old table as removed for each statement execute function issue_footprint_changed();
create trigger issue_footprint_revised after update on issue_raised
    referencing old table as removed new table as added for each statement execute function issue_footprint_changed();

-- A person who moves takes the issues they raised to their new organisation.
create function person_footprint_changed() returns trigger
    language plpgsql as $$
begin
    perform refresh_organisation_footprint('I', array(select id from issue_raised where raised_by_person_id = new.id));
    return null;
end
$$;

create trigger person_footprint_moved after update of organisation_id on person
    for each row when (old.organisation_id is distinct from new.organisation_id)
    execute function person_footprint_changed();

-- A recommendation: who proposed it, who is responsible, when it was recorded and from which session. Its status
-- changes often and does not matter here, so updates are looked at row by row, and only those of these columns.
create function recommendation_footprint_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform refresh_organisation_footprint('R', array(select id from added));
    elsif tg_op = 'DELETE' then
        perform refresh_organisation_footprint('R', array(select id from removed));
    else
        perform refresh_organisation_footprint('R', array[new.id]);
    end if;
    return null;
end
$$;

create trigger recommendation_footprint_added after insert on recommendation
    referencing new table as added for each statement execute function recommendation_footprint_changed();
create trigger recommendation_footprint_removed after delete on recommendation
    referencing old table as removed for each statement execute function recommendation_footprint_changed();
create trigger recommendation_footprint_revised
    after update of responsible_organisation_id, proposer_organisation_id, created_at, origin_session_id
    on recommendation for each row
    when ((old.responsible_organisation_id, old.proposer_organisation_id, old.created_at, old.origin_session_id)
          is distinct from (new.responsible_organisation_id, new.proposer_organisation_id, new.created_at,
                            new.origin_session_id))
    execute function recommendation_footprint_changed();

-- The issues a recommendation answers.
create function recommendation_issue_footprint_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform refresh_organisation_footprint('R', array(select distinct recommendation_id from added));
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        perform refresh_organisation_footprint('R', array(select distinct recommendation_id from removed));
    end if;
    return null;
end
$$;

create trigger recommendation_issue_footprint_added after insert on recommendation_issue
    referencing new table as added for each statement execute function recommendation_issue_footprint_changed();
create trigger recommendation_issue_footprint_removed after delete on recommendation_issue
    referencing old table as removed for each statement execute function recommendation_issue_footprint_changed();
create trigger recommendation_issue_footprint_moved after update on recommendation_issue
    referencing old table as removed new table as added
    for each statement execute function recommendation_issue_footprint_changed();

-- A session published, unpublished or moved to another day: what happened in it changes visibility and order.
-- (A deleted session's participants and issues go with it, and their triggers remove their rows; its
-- recommendations must be deleted first.)
create function session_footprint_changed() returns trigger
    language plpgsql as $$
begin
    perform refresh_organisation_footprint('S', array[new.id]);
    perform refresh_organisation_footprint('I', array(select id from issue_raised where session_id = new.id));
    perform refresh_organisation_footprint('R', array(select id from recommendation where origin_session_id = new.id));
    return null;
end
$$;

create trigger session_footprint_changed after update of status, held_on on consultation_session
    for each row when ((old.status, old.held_on) is distinct from (new.status, new.held_on))
    execute function session_footprint_changed();
