-- Move the identity sequences past the ids given explicitly, drop the generator's scratch schema and give the
-- planner fresh statistics.
do $$
declare t text;
begin
    foreach t in array array['organisation', 'person', 'consultation_session', 'issue_raised', 'recommendation',
                             'minutes'] loop
        execute format('select setval(pg_get_serial_sequence(%L, ''id''), greatest(1, (select max(id) from %I)))', t, t);
    end loop;
end $$;

set client_min_messages = warning;
drop schema bench cascade;
