-- People: 300,000 × scale. One in ten works for a government body (these chair the sessions); most others for a
-- generated organisation; one in fifty is in the registry without one. Designations follow the organisation's
-- type; a few names are written in Urdu.
create table bench.counts as
select (20000 * :scale)::int as organisations,
       (300000 * :scale)::int as people,
       (50000 * :scale)::int as sessions;

insert into person (id, honorific, full_name, designation, organisation_id, email, phone, created_at, updated_at)
select i,
       case when bench.h(i, 21) % 100 < 20 then bench.pick(bench.honorifics(), i, 22) end,
       case when bench.h(i, 23) % 100 < 2 then bench.pick(bench.urdu_names(), i, 24)
            when bench.h(i, 23) % 100 < 20 then bench.pick(bench.first_names(), i, 25) || ' ' || bench.pick(bench.first_names(), i, 26)
                 || ' ' || bench.pick(bench.last_names(), i, 27)
            else bench.pick(bench.first_names(), i, 25) || ' ' || bench.pick(bench.last_names(), i, 27) end,
       case o.type
           when 'GOVERNMENT' then bench.pick(bench.government_designations(), i, 28)
           when 'PRIVATE_SECTOR' then bench.pick(bench.private_designations(), i, 28)
           when 'INDUSTRY_ASSOCIATION' then bench.pick(bench.association_designations(), i, 28)
           when 'ACADEMIA' then bench.pick(bench.academic_designations(), i, 28)
           when 'DEVELOPMENT_PARTNER' then bench.pick(bench.partner_designations(), i, 28)
           when 'CIVIL_SOCIETY' then bench.pick(bench.civil_designations(), i, 28)
           else 'Independent expert' end,
       o.id,
       case when bench.h(i, 29) % 3 > 0
            then lower(bench.pick(bench.first_names(), i, 25)) || '.' || lower(bench.pick(bench.last_names(), i, 27)) || i
                 || '@example.pk' end,
       case when bench.h(i, 29) % 3 = 1 then '+92 3' || lpad((bench.h(i, 30) % 1000000000)::text, 9, '0') end,
       timestamptz '2015-01-01 09:00+05' + (bench.h(i, 31) % 3650) * interval '1 day',
       timestamptz '2015-01-01 09:00+05' + (bench.h(i, 31) % 3650) * interval '1 day'
from generate_series(1, (select people from bench.counts)) i
left join organisation o on o.id = case
    when i % 10 = 0 then 1 + bench.h(i, 32) % bench.government_count()
    when i % 50 = 1 then null
    else 1 + bench.h(i, 33) % (select organisations from bench.counts) end;
