-- Participants: 10 to 30 a session (20 on average, so 1,000,000 at scale 1). Seat 0 chairs, seat 1 is the
-- secretariat, a few present; one seat in fifty is an office attended without a named person. Designation and
-- organisation are copied from the person, as the portal does on the day.
insert into participant (session_id, person_id, designation, organisation_id, role, created_at, updated_at)
select p.s,
       case when office then null else person.id end,
       case when office then 'Secretary ' || bench.pick(array['Finance', 'Industries', 'Agriculture', 'Energy',
                                                              'Labour', 'Transport']::text[], p.s * 100 + k, 71)
            else person.designation end,
       case when office then 1 + bench.h(p.s * 100 + k, 72) % bench.government_count() else person.organisation_id end,
       case when k = 0 then 'CHAIR' when k = 1 then 'SECRETARIAT'
            when k in (2, 3) and bench.h(p.s * 100 + k, 73) % 3 = 0 then 'PRESENTER'
            else 'PARTICIPANT' end,
       p.held_on - 7 + time '09:00' at time zone 'Asia/Karachi',
       p.held_on - 7 + time '09:00' at time zone 'Asia/Karachi'
from bench.session_plan p
cross join lateral generate_series(0, p.participants - 1) k
cross join lateral (select k > 1 and bench.h(p.s * 100 + k, 70) % 50 = 0 as office) o
join person on person.id = bench.seat(p.person_base, k);
