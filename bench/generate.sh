#!/usr/bin/env bash
# Fills a fresh benchmark database with generated but realistic registry data.
#
#   bench/generate.sh [scale]        scale 1 (default): 50,000 sessions, 20,000 organisations, 300,000 people,
#                                    ~1,000,000 participants, ~500,000 issues, ~500,000 recommendations
#
# The database (BENCH_DB, default registry_bench, on PGHOST/PGPORT as PGUSER, default postgres on 127.0.0.1:5432)
# is dropped and created again, migrated by starting the portal once, then filled by the SQL files in
# bench/generate/ in name order, each set-based (generate_series) inside PostgreSQL. A new table gets its own file
# with a number that puts it after the tables it refers to. BENCH_KEEP_SCHEMA=1 empties the tables of an already
# migrated database instead of recreating it (quicker; only when no migration has been added since).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCALE="${1:-1}"
[[ "$SCALE" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "usage: $0 [scale]  (a positive number, default 1)" >&2; exit 2; }
if [[ "$BENCH_DB" != registry_bench* && "${BENCH_FORCE:-}" != 1 ]]; then
    echo "refusing to drop database $BENCH_DB: its name does not start with registry_bench (set BENCH_FORCE=1)" >&2
    exit 2
fi

started=$(date +%s)
if [[ "${BENCH_KEEP_SCHEMA:-}" == 1 ]]; then
    # Quicker when the schema is known to be current: empty every table but Flyway's history (the portal creates
    # its first admin again at its next start).
    log "emptying the tables of $BENCH_DB (BENCH_KEEP_SCHEMA=1)"
    bench_psql -c "set client_min_messages = warning" -c "drop schema if exists bench cascade" -c "do \$\$ begin execute (select 'truncate '
        || string_agg(format('%I', tablename), ', ') || ' restart identity cascade' from pg_tables
        where schemaname = 'public' and tablename <> 'flyway_schema_history'); end \$\$"
else
    log "dropping and creating database $BENCH_DB"
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists \"$BENCH_DB\" with (force)" \
        -c "create database \"$BENCH_DB\""
    log "migrating: starting the portal once on the empty database"
    trap stop_portal EXIT
    start_portal -Xmx512m
    stop_portal
fi

# Indexes other than those of primary keys and unique constraints are dropped for the load and built again
# afterwards: one sorted build is far quicker than a million index insertions. Building a unique index again
# checks that the generated data obeys it.
INDEXES=$(mktemp /tmp/bench-indexes.XXXXXX.sql)
bench_psql -tAc "select indexdef || ';' from pg_indexes i
    where schemaname = 'public' and tablename <> 'flyway_schema_history'
      and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', schemaname, indexname)::regclass)" \
    >"$INDEXES"
# An index's own statistics targets (V27) go with it: set them again once it is built again.
bench_psql -tAc "select format('alter index %s alter column %s set statistics %s;', a.attrelid::regclass, a.attnum,
        a.attstattarget)
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'i' and n.nspname = 'public' and a.attstattarget > 0" >>"$INDEXES"
bench_psql -tAc "select 'drop index ' || format('%I.%I', schemaname, indexname) || ';' from pg_indexes i
    where schemaname = 'public' and tablename <> 'flyway_schema_history'
      and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', schemaname, indexname)::regclass)" \
    | bench_psql

run_sql() {
    local t0; t0=$(date +%s)
    # Foreign keys are checked once at the end, by 98-check.sql, rather than by a trigger for every row.
    bench_psql -v scale="$SCALE" -c 'set synchronous_commit = off' -c "set work_mem = '256MB'" \
        -c "set maintenance_work_mem = '512MB'" -c 'set session_replication_role = replica' -f "$1"
    log "$(basename "$1") done in $(( $(date +%s) - t0 )) s"
}
# Files numbered below 90 load the data; those from 90 on check and finish it, after the indexes are back.
for file in "$BENCH_DIR"/generate/[0-8]*.sql; do run_sql "$file"; done
run_sql "$INDEXES"
rm -f "$INDEXES"
for file in "$BENCH_DIR"/generate/9*.sql; do run_sql "$file"; done

log "vacuum analyze"
bench_psql -c 'vacuum (analyze)'

bench_psql -c "
select 'organisations' as records, count(*) from organisation union all
select 'people', count(*) from person union all
select 'sessions', count(*) from consultation_session union all
select 'participants', count(*) from participant union all
select 'issues', count(*) from issue_raised union all
select 'recommendations', count(*) from recommendation union all
select 'status changes', count(*) from recommendation_status_change union all
select 'follow-up actions', count(*) from follow_up_action union all
select 'minutes', count(*) from minutes"
log "database $BENCH_DB filled at scale $SCALE in $(( $(date +%s) - started )) s"
