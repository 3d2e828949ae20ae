-- The public's lists of sessions (the home page's latest, the sessions list, the API) show published sessions newest
-- first. The newest sessions are the ones not yet published (planned, held, minutes in draft), so the walk down
-- consultation_session_held_on_idx passed over every one of them, reading each row for its status: 787 on the
-- benchmark data, 1.3 ms for the home page's five. PostgreSQL does not choose (status, held_on, id) for this, but
-- does choose an index of the published ones alone: 0.08 ms.
create index consultation_session_published_idx on consultation_session (held_on desc, id desc)
    where status = 'PUBLISHED';
