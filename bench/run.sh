#!/usr/bin/env bash
# Measures the portal on the benchmark database (fill it first with bench/generate.sh). Takes a long time; it is
# not part of ./mvnw verify. See bench/README.md for what it measures and the targets.
#
#   bench/run.sh                     every page at 1, 8, 16 and 32 connections, 10 s each
#   BENCH_DURATION=30s BENCH_CONNECTIONS="8 16" bench/run.sh
#
# Settings (environment): BENCH_DB, PGHOST, PGPORT, PGUSER (see lib.sh); BENCH_DURATION (10s); BENCH_CONNECTIONS
# ("1 8 16 32"); BENCH_WARMUP (30s, how long each page is served before any is measured); BENCH_XMX (512m, the
# heap of the measured portal); BENCH_PAGES (names of the pages to measure, default all); BENCH_SKIP_EXPORTS=1;
# BENCH_JFR=1 records a JFR profile of the portal under load (the report says where; `bench/hot.sh <file>` lists
# the hottest methods).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-30s}"
CONNECTIONS="${BENCH_CONNECTIONS:-1 8 16 32}"
XMX="${BENCH_XMX:-512m}"
PG_LOG="${BENCH_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}"

command -v hey >/dev/null || { echo "hey is missing: apt-get install hey" >&2; exit 2; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-client" >&2; exit 2; }
bench_psql -tAc "select 1 from consultation_session limit 1" | grep -q 1 \
    || { echo "database $BENCH_DB is empty or missing: run bench/generate.sh first" >&2; exit 2; }

# The commit measured: taken now, before the jar is built, in case HEAD moves during the run.
COMMIT=$(git -C "$PROJECT_DIR" rev-parse --short HEAD)
DIRTY=$(git -C "$PROJECT_DIR" status --porcelain -- src pom.xml | head -1)
WORK=$(mktemp -d /tmp/bench-run.XXXXXX)
# A copy of the jar for every phase: a build during the run (tests package the jar again) must not change the
# classes under a running portal, which loads them lazily from the file.
cp "$(portal_jar)" "$WORK/portal.jar"
PORTAL_JAR="$WORK/portal.jar"
RESULTS="$WORK/results.jsonl"
: >"$RESULTS"
trap 'stop_portal; bench_psql -c "alter database \"$BENCH_DB\" reset log_statement" 2>/dev/null || true' EXIT

# ---------------------------------------------------------------------------------------------------------------
# What to measure. The records are picked from the data: a published session with 30 participants, and the
# organisation seen at most sessions (the heaviest organisation page).
SESSION_ID=$(bench_psql -tAc "select p.session_id from participant p join consultation_session s on s.id = p.session_id
    where s.status = 'PUBLISHED' group by p.session_id having count(*) = 30 order by p.session_id desc limit 1")
ORGANISATION_ID=$(bench_psql -tAc "select organisation_id from participant where organisation_id is not null
    group by organisation_id order by count(*) desc, organisation_id limit 1")
# The search's theme is the category of the issues a recommendation answers: the commonest one.
SEARCH_THEME=$(bench_psql -tAc "select i.category from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
    group by i.category order by count(*) desc, i.category limit 1")

# name|path|who (anonymous or admin). Routes still being built are skipped with a note while they answer 404.
PAGES=(
    "home|/|anonymous"
    "sessions|/sessions|anonymous"
    "session-30|/sessions/$SESSION_ID|anonymous"
    "recommendations|/recommendations|anonymous"
    "search|/recommendations?q=tax&status=ACCEPTED&theme=$SEARCH_THEME|anonymous"
    "organisation|/organisations/$ORGANISATION_ID|anonymous"
    "dashboard|${BENCH_DASHBOARD_PATH:-/reports/dashboard}|admin"
    "api-list|${BENCH_API_PATH:-/api/v1/recommendations}|anonymous"
)
EXPORTS=(
    "export-csv|${BENCH_CSV_PATH:-/recommendations/export.csv}"
    "export-xlsx|${BENCH_XLSX_PATH:-/recommendations/export.xlsx}"
)
if [[ -n "${BENCH_PAGES:-}" ]]; then
    selected=()
    for entry in "${PAGES[@]}"; do [[ " $BENCH_PAGES " == *" ${entry%%|*} "* ]] && selected+=("$entry"); done
    PAGES=("${selected[@]}")
fi

base() { echo "http://127.0.0.1:$PORTAL_PORT"; }

# Signs in as the benchmark's admin and prints the SESSION cookie's value.
admin_session() {
    local jar="$WORK/cookies" csrf
    rm -f "$jar"
    csrf=$(curl -fs -c "$jar" -b "$jar" "$(base)/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" \
        --data-urlencode "password=$BENCH_ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$(base)/login"
    awk '$6 == "SESSION" { print $7 }' "$jar"
}

cookie_for() { [[ "$1" == admin ]] && echo "SESSION=$ADMIN_SESSION" || echo ""; }

status_of() { # path who
    curl -s -o /dev/null -w '%{http_code}' ${2:+-H "Cookie: $(cookie_for "$2")"} "$(base)$1"
}

note() { printf '{"page": "%s", "note": "%s"}\n' "$1" "$2" >>"$RESULTS"; log "$1: $2"; }

# ---------------------------------------------------------------------------------------------------------------
# 1. Each page's own SQL: PostgreSQL logs every statement of the benchmark database while each page is fetched
# once (after a warm-up), between markers; the statements become one pgbench script per page.
log "capturing each page's SQL (log_statement = all on $BENCH_DB)"
bench_psql -c "alter database \"$BENCH_DB\" set log_statement = 'all'"
start_portal "-Xmx$XMX"
ADMIN_SESSION=$(admin_session)
declare -A AVAILABLE
for entry in "${PAGES[@]}"; do
    IFS='|' read -r name path who <<<"$entry"
    code=$(status_of "$path" "$who")
    if [[ "$code" == 404 ]]; then
        note "$name" "skipped: $path answers 404 (not built yet)"
    elif [[ "$code" != 200 ]]; then
        note "$name" "skipped: $path answers $code (not built or not public yet?)"
    else
        AVAILABLE[$name]=1
        for _ in 1 2 3; do status_of "$path" "$who" >/dev/null; done
    fi
done
offset=$(stat -c %s "$PG_LOG")
for entry in "${PAGES[@]}"; do
    IFS='|' read -r name path who <<<"$entry"
    [[ -n "${AVAILABLE[$name]:-}" ]] || continue
    bench_psql -c "select 'bench-page:$name'" >/dev/null
    sleep 0.2
    status_of "$path" "$who" >/dev/null
    sleep 0.2
done
bench_psql -c "select 'bench-page:end'" >/dev/null
sleep 0.5
mkdir -p "$WORK/sql"
log "statements per page: $(python3 "$BENCH_DIR/report.py" scripts "$PG_LOG" "$BENCH_DB" "$offset" "$WORK/sql")"
stop_portal
bench_psql -c "alter database \"$BENCH_DB\" reset log_statement"

# ---------------------------------------------------------------------------------------------------------------
# 2. The portal under load: start-up to ready, then each page with hey at each concurrency, then pgbench running
# that page's SQL at the same concurrency.
JFR_OPTIONS=()
if [[ "${BENCH_JFR:-}" == 1 ]]; then
    JFR_OPTIONS=("-XX:StartFlightRecording=filename=$WORK/portal.jfr,settings=profile,dumponexit=true")
fi
start_portal "-Xmx$XMX" "${JFR_OPTIONS[@]}"
STARTUP_MS=$PORTAL_READY_MS
STARTED_IN=$(grep -o 'Started ConsultationRegistryApplication in [0-9.]* seconds' "$PORTAL_LOG" | grep -o '[0-9.]*' || true)
ADMIN_SESSION=$(admin_session)
# A portal in service has long been warm: measured straight after start-up, the JIT compiler would still be compiling
# the code the pages share (at first it took a third of the portal's CPU), and every page would pay for it. So every
# page is served for a while first; each page then has a short warm-up of its own before it is measured.
log "warming up: every page for $WARMUP at 4 connections"
for entry in "${PAGES[@]}"; do
    IFS='|' read -r name path who <<<"$entry"
    [[ -n "${AVAILABLE[$name]:-}" ]] || continue
    cookie=$(cookie_for "$who")
    hey -z "$WARMUP" -c 4 ${cookie:+-H "Cookie: $cookie"} "$(base)$path" >/dev/null
done
for entry in "${PAGES[@]}"; do
    IFS='|' read -r name path who <<<"$entry"
    [[ -n "${AVAILABLE[$name]:-}" ]] || continue
    cookie=$(cookie_for "$who")
    log "$name: warming up"
    hey -z 5s -c 4 ${cookie:+-H "Cookie: $cookie"} "$(base)$path" >/dev/null
    for c in $CONNECTIONS; do
        hey -z "$DURATION" -c "$c" ${cookie:+-H "Cookie: $cookie"} "$(base)$path" >"$WORK/hey-$name-$c.txt"
        heyjson=$(python3 "$BENCH_DIR/report.py" hey "$WORK/hey-$name-$c.txt")
        pgjson=null
        if [[ -s "$WORK/sql/$name.sql" ]]; then
            pgbench -n -M prepared -c "$c" -j "$(( c < 2 ? 1 : 2 ))" -T "${DURATION%s}" -f "$WORK/sql/$name.sql" \
                "$BENCH_DB" >"$WORK/pgbench-$name-$c.txt" 2>&1 || true
            pgjson=$(python3 "$BENCH_DIR/report.py" pgbench "$WORK/pgbench-$name-$c.txt")
        fi
        printf '{"page": "%s", "c": %s, "hey": %s, "pgbench": %s}\n' "$name" "$c" "$heyjson" "$pgjson" >>"$RESULTS"
        log "$name c=$c: $heyjson pgbench $pgjson"
    done
done
RSS_KB=$(awk '/VmRSS/ { print $2 }' "/proc/$PORTAL_PID/status")
HWM_KB=$(awk '/VmHWM/ { print $2 }' "/proc/$PORTAL_PID/status")
stop_portal

# ---------------------------------------------------------------------------------------------------------------
# 3. Exports of all recommendations with the heap capped at 256 MB.
EXPORT_LINES=()
if [[ "${BENCH_SKIP_EXPORTS:-}" != 1 ]]; then
    start_portal -Xmx256m
    ADMIN_SESSION=$(admin_session)
    for entry in "${EXPORTS[@]}"; do
        IFS='|' read -r name path <<<"$entry"
        # Until the export exists, /recommendations/export.csv reads as a recommendation with a bad id (400).
        code=$(curl -s -o /dev/null -r 0-0 -w '%{http_code}' -H "Cookie: SESSION=$ADMIN_SESSION" "$(base)$path")
        if [[ "$code" != 200 && "$code" != 206 ]]; then
            EXPORT_LINES+=("| $name | $path | skipped: answers $code (not built yet?) | | |")
            continue
        fi
        out=$(curl -s -o "$WORK/$name.out" -w '%{http_code} %{time_total} %{size_download}' \
            -H "Cookie: SESSION=$ADMIN_SESSION" "$(base)$path")
        read -r code seconds bytes <<<"$out"
        alive=$(kill -0 "$PORTAL_PID" 2>/dev/null && echo "portal still up" || echo "**portal died**")
        oom=$(grep -c OutOfMemoryError "$PORTAL_LOG" || true)
        EXPORT_LINES+=("| $name | $path | HTTP $code, $seconds s, $(( bytes / 1024 )) KiB | $alive | OutOfMemoryError in log: $oom |")
        log "$name: HTTP $code in $seconds s, $bytes bytes"
    done
    stop_portal
fi

# ---------------------------------------------------------------------------------------------------------------
# 4. The report: printed and written to bench/results/<date>-<commit>.md.
REPORT="$BENCH_DIR/results/$(date +%Y-%m-%d-%H%M)-$COMMIT${DIRTY:+-dirty}.md"
COUNTS=$(bench_psql -tAF ' ' -c "select (select count(*) from consultation_session) || ' sessions, '
    || (select count(*) from organisation) || ' organisations, ' || (select count(*) from person) || ' people, '
    || (select count(*) from participant) || ' participants, ' || (select count(*) from issue_raised) || ' issues, '
    || (select count(*) from recommendation) || ' recommendations, '
    || (select count(*) from recommendation_status_change) || ' status changes, '
    || (select count(*) from follow_up_action) || ' follow-up actions'")
{
    echo "# Benchmark $(date '+%Y-%m-%d %H:%M %Z'), commit $COMMIT${DIRTY:+ (with uncommitted changes)}"
    echo
    echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB RAM, $(uname -sr)"
    echo "- Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg) (app, database and load generator share the cores)"
    echo "- $(java -version 2>&1 | head -1); $(psql --version); PostgreSQL server $(bench_psql -tAc 'show server_version'); hey $(dpkg-query -W -f '${Version}' hey 2>/dev/null || echo '?')"
    echo "- Database $BENCH_DB: $COUNTS"
    echo "- Portal: -Xmx$XMX on 127.0.0.1; each measurement $DURATION; session page = session $SESSION_ID (30 participants); organisation page = organisation $ORGANISATION_ID (most participations); search theme \"$SEARCH_THEME\""
    echo "- Start-up to ready (launch to /actuator/health UP): $STARTUP_MS ms (Spring Boot's own figure: ${STARTED_IN:-?} s)"
    [[ -f "$WORK/portal.jfr" ]] && echo "- JFR profile of the run: $WORK/portal.jfr (bench/hot.sh lists its hottest methods)"
    echo "- Memory after the run: RSS $(( RSS_KB / 1024 )) MiB (peak $(( HWM_KB / 1024 )) MiB)"
    echo
    echo "Targets at 8 connections: p50 < 30 ms, p99 < 150 ms; no errors at 32; at 16 connections at least a quarter"
    echo "of pgbench running the page's own SQL (search: half)."
    echo
    python3 "$BENCH_DIR/report.py" table "$RESULTS"
    echo
    echo "Exports of all recommendations with -Xmx256m (targets: CSV < 20 s, XLSX < 90 s):"
    echo
    echo "| export | path | result | | |"
    echo "| --- | --- | --- | --- | --- |"
    for line in "${EXPORT_LINES[@]}"; do echo "$line"; done
    echo
    echo "Each page's SQL as pgbench ran it:"
    for f in "$WORK"/sql/*.sql; do
        echo; echo "<details><summary>$(basename "$f" .sql)</summary>"; echo; echo '```sql'; cat "$f"; echo '```'; echo "</details>"
    done
} >"$REPORT"
cat "$REPORT" | sed '/^Each page.s SQL/,$d'
log "written to $REPORT (raw output in $WORK)"
