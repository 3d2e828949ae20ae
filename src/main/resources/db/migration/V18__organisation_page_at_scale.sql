-- An organisation's page lists twenty of each kind of record and counts them only up to a cap. These indexes let
-- each list stop at twenty and each count at the cap, whatever the organisation's size; each one replaces an index
-- on the same leading column, so every lookup the old one served is still served.

-- Its people by name: since V17 the list sorts with the registry_text collation, which the index must share to give
-- that order.
create index person_organisation_collated_name_idx on person (organisation_id, (lower(full_name) collate registry_text), id);
drop index person_organisation_name_idx;

-- The newest recommendations it is responsible for, and those it proposed, read in order; the session is carried so
-- that whether the public may see one is told without reading the recommendation itself.
create index recommendation_responsible_created_idx on recommendation
    (responsible_organisation_id, created_at desc, id desc) include (origin_session_id);
drop index recommendation_responsible_idx;
create index recommendation_proposer_created_idx on recommendation
    (proposer_organisation_id, created_at desc, id desc) include (origin_session_id);
drop index recommendation_proposer_organisation_idx;

-- From the issues it (or one of its people) raised to their sessions and to the recommendations answering them,
-- from the indexes alone.
create index issue_raised_organisation_session_idx on issue_raised (raised_by_organisation_id) include (session_id, id);
drop index issue_raised_organisation_idx;
create index issue_raised_person_session_idx on issue_raised (raised_by_person_id) include (session_id, id);
drop index issue_raised_person_idx;
create index recommendation_issue_answers_idx on recommendation_issue (issue_id, recommendation_id);
drop index recommendation_issue_issue_idx;

-- Whether a session may be shown, and when it was held, for up to a thousand sessions at a time: a session row is
-- wide (its texts and search vector), this index is narrow.
create index consultation_session_visibility_idx on consultation_session (id) include (status, held_on);
