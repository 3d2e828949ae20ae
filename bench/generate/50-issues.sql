-- Issues: 5 to 15 for each session that has been held (500,000 at scale 1), raised by someone at the table. An issue
-- of a follow-up session often continues the issue in the same place of the session it follows up.
-- An issue's category and industry (salt 82) are functions of its id, so that 60-recommendations.sql can word the
-- recommendations that answer it to match.
create function bench.issue_category(issue_id bigint) returns int
    language sql immutable parallel safe as $$ select (bench.h(issue_id, 81) % 9)::int $$;

insert into issue_raised (id, session_id, raised_by_person_id, raised_by_organisation_id, category, title, details,
                          earlier_issue_id, created_at, updated_at)
select i.id,
       p.s,
       person.id,
       person.organisation_id,
       (bench.categories())[1 + bench.issue_category(i.id)],
       format((bench.issue_titles())[1 + 3 * bench.issue_category(i.id) + bench.h(i.id, 83) % 3],
              bench.lc(bench.pick(bench.industries(), i.id, 82))),
       case when bench.h(i.id, 84) % 100 < 5 then bench.pick(bench.urdu_sentences(), i.id, 85)
            else bench.pick(bench.sentences(), i.id, 85) || ' ' || bench.pick(bench.sentences(), i.id, 86) end,
       case when earlier.s is not null and j <= earlier.issues and bench.h(i.id, 87) % 2 = 0
            then earlier.issue_offset + j end,
       p.held_on + time '12:00' at time zone 'Asia/Karachi',
       p.held_on + time '12:00' at time zone 'Asia/Karachi'
from bench.session_plan p
cross join lateral generate_series(1, p.issues) j
cross join lateral (select p.issue_offset + j as id) i
left join bench.session_plan earlier on earlier.s = p.follows_up
join person on person.id = bench.seat(p.person_base, 1 + (bench.h(i.id, 88) % (p.participants - 1)));
