-- Minutes for every session past HELD: one written revision, circulated and published as far as the session is.
insert into minutes (id, session_id, current_revision, circulated_by, circulated_at, published_revision, published_by,
                     published_at, created_at, updated_at)
select p.s, p.s, 1,
       case when p.status in ('CIRCULATED', 'PUBLISHED') then 'official.sana' end,
       case when p.status in ('CIRCULATED', 'PUBLISHED') then p.held_on + 3 + time '10:00' at time zone 'Asia/Karachi' end,
       case when p.status = 'PUBLISHED' then 1 end,
       case when p.status = 'PUBLISHED' then 'official.tariq' end,
       case when p.status = 'PUBLISHED' then p.held_on + 10 + time '10:00' at time zone 'Asia/Karachi' end,
       p.held_on + 1 + time '10:00' at time zone 'Asia/Karachi',
       p.held_on + 1 + time '10:00' at time zone 'Asia/Karachi'
from bench.session_plan p
where p.status in ('MINUTES_DRAFT', 'CIRCULATED', 'PUBLISHED');

-- The text gathers the session's issues; grouped in one pass (the index on issue_raised.session_id is not there
-- during the load).
insert into minutes_revision (minutes_id, number, kind, text, written_by, written_at)
select m.id, 1, 'WRITTEN',
       'The meeting was chaired by ' || coalesce(chair.full_name, 'the chair') || '. ' || coalesce(s.summary, '')
           || E'\n\n' || s.objectives || E'\n\n' || coalesce(raised.text, '') || E'\n\n' || s.outcome,
       'official.sana',
       m.created_at
from minutes m
join consultation_session s on s.id = m.session_id
left join person chair on chair.id = s.chair_id
left join (select session_id, string_agg(title || '. ' || coalesce(details, ''), E'\n\n' order by id) as text
           from issue_raised group by session_id) raised on raised.session_id = s.id;
