-- What officials need to edit the registry safely.

-- A create form carries a one-time token; the record it created is remembered under it, so that a double click
-- or a retried submission leads back to that record instead of creating a second one. The token is claimed
-- first (record_id still empty) and the record filled in once it exists, all in one transaction.
create table form_submission (
    token       uuid         primary key,
    record_type varchar(60)  not null,
    record_id   bigint,
    created_at  timestamptz  not null default now()
);
create index form_submission_created_idx on form_submission (created_at);

-- An account may belong to a person in the registry: a participant who has an account can then read circulated
-- minutes of sessions they attended and suggest corrections.
alter table user_account add column person_id bigint references person (id);
create unique index user_account_person_key on user_account (person_id) where person_id is not null;
create index user_account_organisation_idx on user_account (organisation_id);

-- An issue raised again in a later session points at its earlier instance, so that an issue's history can be
-- followed across a series of sessions.
alter table issue_raised add column earlier_issue_id bigint references issue_raised (id);
alter table issue_raised add constraint issue_raised_not_its_own_earlier check (earlier_issue_id <> id);
create index issue_raised_earlier_idx on issue_raised (earlier_issue_id);

-- The audit trail is read per record and by time; actions are named by the application.
alter table audit_event add constraint audit_event_action check (action in ('CREATE', 'UPDATE', 'DELETE',
    'STATUS_CHANGE', 'SIGN_IN', 'SIGN_IN_FAILED', 'ACCESS_DENIED', 'ACCOUNT_CHANGE'));
