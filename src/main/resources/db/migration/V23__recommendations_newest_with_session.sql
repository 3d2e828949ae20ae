-- The recommendations list and the open-data API walk recommendations newest first until they have a page from
-- published sessions. The newest are often a draft session's (4,933 of them in the benchmark data), and each was read
-- from the table only to learn its session: with the session in the index, the walk stays in the index and only the
-- page's own rows are read from the table.
drop index recommendation_created_idx;
create index recommendation_created_idx on recommendation (created_at desc, id desc) include (origin_session_id);
drop index recommendation_status_created_idx;
create index recommendation_status_created_idx on recommendation (status, created_at desc, id desc)
    include (origin_session_id);
