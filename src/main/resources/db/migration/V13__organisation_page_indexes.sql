-- An organisation's page lists its people by name, twenty at a time: read them from an index in that order instead
-- of sorting all of them (a government body has hundreds). The index also serves every lookup by organisation
-- that the one it replaces did.
create index person_organisation_name_idx on person (organisation_id, lower(full_name), id);
drop index person_organisation_idx;
