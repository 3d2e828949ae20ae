-- Sessions: 50,000 × scale, one every few days from 2001 to two months ahead, so the newest are still planned,
-- the recent ones held or with minutes in draft or circulated, and nearly all older ones published. One in seven
-- follows up an earlier one. bench.session_plan fixes, per session, how many participants, issues and
-- recommendations it gets and where their ids start, so that later files can compute every id.
create table bench.session_plan as
with dated as (
    select s,
           date '2001-01-01' + ((s - 1)::bigint * ((current_date + 60) - date '2001-01-01')
                                / (select sessions from bench.counts))::int as held_on
    from generate_series(1, (select sessions from bench.counts)) s
), planned as (
    select s, held_on,
           case
               when held_on > current_date then 'PLANNED'
               when held_on > current_date - 14 then 'HELD'
               when held_on > current_date - 45 then case when bench.h(s, 41) % 2 = 0 then 'HELD' else 'MINUTES_DRAFT' end
               when held_on > current_date - 90 then 'CIRCULATED'
               when bench.h(s, 41) % 100 < 2 then 'HELD'
               when bench.h(s, 41) % 100 < 4 then 'MINUTES_DRAFT'
               else 'PUBLISHED'
           end as status,
           (10 + bench.h(s, 42) % 21)::int as participants,
           -- So that the first participant (the chair) is always someone from a government body: see 20-people.sql.
           10 * (bench.h(s, 43) % ((select people from bench.counts) / 10)) + 9 as person_base,
           case when bench.h(s, 44) % 7 = 0 and s - 1 - bench.h(s, 45) % 60 > 0 then s - 1 - bench.h(s, 45) % 60 end
               as follows_up
    from dated
)
select *,
       (sum(issues) over (order by s) - issues)::bigint as issue_offset,
       (sum(recommendations) over (order by s) - recommendations)::bigint as recommendation_offset
from (
    select *,
           (case when status = 'PLANNED' then 0 else 5 + bench.h(s, 46) % 11 end)::int as issues,
           (case when status = 'PLANNED' then 0 else 5 + bench.h(s, 47) % 11 end)::int as recommendations
    from planned
) p;
alter table bench.session_plan add primary key (s);

-- The person in seat k of session s (k from 0): distinct within a session because 104729 is a prime that does not
-- divide the number of people.
create function bench.seat(person_base bigint, k bigint) returns bigint
    language sql immutable parallel safe
    as $$ select 1 + (person_base + k * 104729::bigint) % (select people from bench.counts) $$;

insert into consultation_session (id, title, theme, held_on, starts_at, venue, city, organiser_id, chair_id,
                                  objectives, summary, outcome, status, source_url, follows_up_id, created_at,
                                  updated_at)
select p.s,
       case when bench.h(p.s, 51) % 100 < 3 then bench.pick(bench.urdu_themes(), p.s, 52) || ' پر مشاورتی اجلاس'
            else bench.pick(bench.title_openings(), p.s, 53) || ' ' || bench.lc(t.theme)
                 || case when bench.h(p.s, 54) % 3 = 0 then ', ' || c.city else '' end end,
       t.theme,
       p.held_on,
       case bench.h(p.s, 55) % 4 when 0 then time '10:00' when 1 then time '11:00' when 2 then time '14:30' end,
       bench.pick(bench.venues(), p.s, 56),
       c.city,
       case when bench.h(p.s, 57) % 10 < 4 then 1
            when bench.h(p.s, 57) % 10 < 8 then 1 + bench.h(p.s, 58) % bench.government_count()
            else 41 + bench.h(p.s, 58) % 10 end,
       bench.seat(p.person_base, 0),
       'Hear what ' || bench.lc(bench.pick(bench.industries(), p.s, 59)) || ' producers and the departments concerned say about '
           || bench.lc(t.theme) || ', and agree on what the Government of Punjab should do next.',
       case when p.status <> 'PLANNED' then
           case when bench.h(p.s, 60) % 100 < 5 then bench.pick(bench.urdu_sentences(), p.s, 61) || ' ' || bench.pick(bench.urdu_sentences(), p.s, 62)
                else bench.pick(bench.sentences(), p.s, 61) || ' ' || bench.pick(bench.sentences(), p.s, 62) end end,
       case when p.status <> 'PLANNED' then
           'The chair thanked the participants; the departments concerned will report back on each recommendation.' end,
       p.status,
       case when p.status = 'PUBLISHED' and bench.h(p.s, 63) % 10 < 3
            then 'https://pnd.punjab.gov.pk/consultations/' || p.s end,
       p.follows_up,
       p.held_on - 14 + time '09:00' at time zone 'Asia/Karachi',
       least(p.held_on + 7, current_date) + time '09:00' at time zone 'Asia/Karachi'
from bench.session_plan p
cross join lateral (select bench.pick(bench.themes(), p.s, 64) as theme) t
cross join lateral (select bench.pick(bench.cities(), p.s, 65) as city) c;
