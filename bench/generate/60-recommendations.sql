-- Recommendations: 5 to 15 for each session that has been held (500,000 at scale 1), each answering an issue of
-- that session (one in four a second one too) and worded after it. Older recommendations have mostly been decided
-- or implemented, recent ones are still proposed or under review. Every recommendation has its status history
-- (PROPOSED first, then each move the portal allows, see RecommendationStatus) and the accepted ones have 1-3
-- follow-up actions, done once implemented.
create table bench.recommendation_plan as
select p.s, p.held_on, p.person_base, p.participants, r.id, r.issue_id,
       case when p.issues > 1 and bench.h(r.id, 91) % 4 = 0 then p.issue_offset + 1 + j % p.issues end as second_issue_id,
       case
           when current_date - p.held_on < 30 then
               case when bench.h(r.id, 92) % 100 < 70 then 'PROPOSED' else 'UNDER_REVIEW' end
           when current_date - p.held_on < 365 then
               (array['PROPOSED', 'PROPOSED', 'UNDER_REVIEW', 'UNDER_REVIEW', 'UNDER_REVIEW', 'ACCEPTED', 'ACCEPTED',
                      'ACCEPTED', 'IN_PROGRESS', 'IN_PROGRESS', 'REJECTED', 'DEFERRED'])[1 + bench.h(r.id, 92) % 12]
           else
               (array['PROPOSED', 'UNDER_REVIEW', 'ACCEPTED', 'ACCEPTED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS',
                      'IMPLEMENTED', 'IMPLEMENTED', 'IMPLEMENTED', 'IMPLEMENTED', 'IMPLEMENTED', 'IMPLEMENTED',
                      'IMPLEMENTED', 'IMPLEMENTED', 'REJECTED', 'REJECTED', 'REJECTED', 'DEFERRED', 'DEFERRED'])
                   [1 + bench.h(r.id, 92) % 20]
       end as status,
       p.held_on + time '17:00' at time zone 'Asia/Karachi' + j * interval '1 minute' as created_at
from bench.session_plan p
cross join lateral generate_series(1, p.recommendations) j
cross join lateral (select p.recommendation_offset + j as id, p.issue_offset + 1 + (j - 1) % p.issues as issue_id) r;
alter table bench.recommendation_plan add primary key (id);

-- The way each status is reached; the history is every step along it, spread over the time since the session.
create table bench.status_path (status text primary key, path text[]);
insert into bench.status_path values
    ('PROPOSED', array['PROPOSED']),
    ('UNDER_REVIEW', array['PROPOSED', 'UNDER_REVIEW']),
    ('ACCEPTED', array['PROPOSED', 'UNDER_REVIEW', 'ACCEPTED']),
    ('IN_PROGRESS', array['PROPOSED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS']),
    ('IMPLEMENTED', array['PROPOSED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED']),
    ('REJECTED', array['PROPOSED', 'UNDER_REVIEW', 'REJECTED']),
    ('DEFERRED', array['PROPOSED', 'DEFERRED']);

-- The themes and the organisations that raised the issues answered are written here, as the triggers that keep them
-- (V20, V25) are skipped during the load.
insert into recommendation (id, origin_session_id, title, details, proposer_person_id, proposer_organisation_id,
                            responsible_organisation_id, status, target_date, created_at, updated_at, themes,
                            raised_by_organisations)
select r.id,
       r.s,
       format((bench.recommendation_titles())[1 + 3 * bench.issue_category(r.issue_id) + bench.h(r.id, 93) % 3],
              bench.lc(bench.pick(bench.industries(), r.issue_id, 82))),
       case when bench.h(r.id, 94) % 100 < 5 then bench.pick(bench.urdu_sentences(), r.id, 95)
            else bench.pick(bench.sentences(), r.id, 95) end,
       case when bench.h(r.id, 96) % 3 > 0 then person.id end,
       person.organisation_id,
       1 + bench.h(r.id, 97) % bench.government_count(),
       r.status,
       case when bench.h(r.id, 98) % 10 < 7 then r.held_on + (90 + bench.h(r.id, 99) % 640)::int end,
       r.created_at,
       -- When the last status change happened (the history below spreads the steps out the same way).
       r.created_at + (cardinality(sp.path) - 1) * least(current_date - r.held_on, 720) * interval '1 day'
           / cardinality(sp.path),
       array(select distinct (bench.categories())[1 + bench.issue_category(answered)]
             from unnest(array[r.issue_id, r.second_issue_id]) answered
             where answered is not null order by 1),
       array(select distinct i.raised_by_organisation_id from issue_raised i
             where i.id in (r.issue_id, r.second_issue_id) and i.raised_by_organisation_id is not null order by 1)
from bench.recommendation_plan r
join bench.status_path sp on sp.status = r.status
join person on person.id = bench.seat(r.person_base, 1 + (bench.h(r.id, 100) % (r.participants - 1)));

insert into recommendation_issue (recommendation_id, issue_id)
select id, issue_id from bench.recommendation_plan
union all
select id, second_issue_id from bench.recommendation_plan where second_issue_id is not null and second_issue_id <> issue_id;

insert into recommendation_status_change (recommendation_id, from_status, to_status, changed_by, changed_at, reason)
select r.id,
       sp.path[step - 1],
       sp.path[step],
       case when step = 1 then 'official.ahmed' else bench.pick(bench.officials(), r.id * 10 + step, 101) end,
       r.created_at + (step - 1) * least(current_date - r.held_on, 720) * interval '1 day' / cardinality(sp.path),
       case when step > 1 then
           case sp.path[step]
               when 'UNDER_REVIEW' then 'Sent to the department concerned for its comments.'
               when 'ACCEPTED' then 'The department agreed; approved in the progress review meeting.'
               when 'IN_PROGRESS' then 'Work has started; see the follow-up actions.'
               when 'IMPLEMENTED' then 'Notified and in force.'
               when 'REJECTED' then 'Not feasible under the current budget; the department gave its reasons.'
               when 'DEFERRED' then 'Taken up again after the next budget.'
           end end
from bench.recommendation_plan r
join bench.status_path sp on sp.status = r.status
cross join lateral generate_series(1, cardinality(sp.path)) step;

insert into follow_up_action (recommendation_id, description, owner_organisation_id, owner_person_id, due_date, done,
                              done_at, created_at, updated_at)
select r.id,
       (array['Prepare a summary for the Chief Minister',
              'Hold a meeting with the stakeholders concerned and record their views',
              'Collect figures from the field offices',
              'Draft the notification and send it to the Law Department for vetting',
              'Prepare a PC-1 for the scheme',
              'Report progress to the board at its next review meeting',
              'ضلعی دفاتر سے اعداد و شمار جمع کریں'])[1 + bench.h(r.id * 10 + a, 102) % 7],
       rec.responsible_organisation_id,
       null,
       case when bench.h(r.id * 10 + a, 103) % 10 < 8
            then least(r.held_on + 30 * a + (bench.h(r.id * 10 + a, 104) % 180)::int, date '2100-12-31') end,
       done.yes,
       case when done.yes then least(r.created_at + (30 * a) * interval '1 day', now()) end,
       r.created_at + interval '1 day',
       r.created_at + interval '1 day'
from bench.recommendation_plan r
join recommendation rec on rec.id = r.id
cross join lateral generate_series(1, 1 + (bench.h(r.id, 105) % 3)::int) a
cross join lateral (select r.status = 'IMPLEMENTED' or (r.status = 'IN_PROGRESS' and a = 1) as yes) done
where r.status in ('ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED');
