-- Failed sign-ins, counted per account (the username as typed, in lower case) and per address, so that guessing
-- passwords is slowed and then stopped for a while. Kept in the database so that every instance of the portal
-- sees the same counts. A row is only ever about recent failures: a failure after a quiet spell starts the count
-- again, and a successful sign-in clears its account's row.
create table sign_in_failure (
    kind            varchar(10)   not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key             varchar(100)  not null,
    failures        integer       not null check (failures > 0),
    last_failure_at timestamptz   not null,
    primary key (kind, key)
);
