#!/usr/bin/env bash
# Two instances of the portal on the benchmark database, side by side on two loopback ports, as behind a load
# balancer without sticky sessions: what SharedSessionsIT checks on the test database, checked here on the
# benchmark's data with curl and hey. See bench/README.md, "Scale-out".
#
#   bench/scale-out.sh               # prints each check and writes bench/results/<date>-<commit>-scale-out.md
#
# It writes nothing to the benchmark database but what the portal itself writes when someone signs in, chooses a
# language and signs out (the HTTP session's rows, the admin's language, put back to English at the end).
# Settings: BENCH_DB, PGHOST, PGPORT, PGUSER (see lib.sh); SCALE_OUT_DURATION (10s), SCALE_OUT_CONNECTIONS (8,
# on each instance).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION="${SCALE_OUT_DURATION:-10s}"
CONNECTIONS="${SCALE_OUT_CONNECTIONS:-8}"
command -v hey >/dev/null || { echo "hey is missing: apt-get install hey" >&2; exit 2; }

COMMIT=$(git -C "$PROJECT_DIR" rev-parse --short HEAD)
WORK=$(mktemp -d /tmp/bench-scale-out.XXXXXX)
# The jar where it is built, not a copy as in run.sh: its extracted copy and CDS archive are then made once, not at
# every check (the training run costs a start), and a check is over in a minute or two.
PORTAL_JAR=$(portal_jar)
A_PID= B_PID=
# Stops both portals on the way out without changing the script's exit status (a stopped portal's is 143).
stop_both() { local p; for p in $A_PID $B_PID; do kill "$p" 2>/dev/null || continue; wait "$p" 2>/dev/null || true; done; }
trap stop_both EXIT

start_portal
A_PID=$PORTAL_PID A="http://127.0.0.1:$PORTAL_PORT" A_READY_MS=$PORTAL_READY_MS A_LOG=$PORTAL_LOG
start_portal
B_PID=$PORTAL_PID B="http://127.0.0.1:$PORTAL_PORT" B_READY_MS=$PORTAL_READY_MS B_LOG=$PORTAL_LOG
PORTAL_PID=

LINES=()
FAILED=0
check() { # what, expected, actual
    local mark=ok
    [[ "$2" == "$3" ]] || { mark="**FAILED**"; FAILED=1; }
    LINES+=("| $1 | $2 | $3 | $mark |")
    log "$1: expected $2, got $3 ($mark)"
}

status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
page_lang() { curl -s "$@" | grep -o '<html[^>]*lang="[a-z]*"' | grep -o 'lang="[a-z]*"' | head -1; }

# A browser signs in on A. Cookies are not bound to a port, so it sends the same SESSION cookie to both.
JAR="$WORK/cookies"
csrf=$(curl -fs -c "$JAR" -b "$JAR" "$A/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
code=$(status -c "$JAR" -b "$JAR" --data-urlencode "username=admin" --data-urlencode "password=$BENCH_ADMIN_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$A/login")
check "sign in as admin on A" 302 "$code"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR")
check "staff page (/sessions/new) on B without the cookie" 302 "$(status "$B/sessions/new")"
check "staff page (/sessions/new) on B with the session made on A" 200 "$(status -b "SESSION=$SESSION" "$B/sessions/new")"

# A write on A, read on B: the language chosen on A is kept in the session (in PostgreSQL) and on the account.
check "home page on A, switching to Urdu" 'lang="ur"' "$(page_lang -b "SESSION=$SESSION" "$A/?lang=ur")"
check "home page on B, same session, no parameter" 'lang="ur"' "$(page_lang -b "SESSION=$SESSION" "$B/")"
check "home page on A, switching back to English" 'lang="en"' "$(page_lang -b "SESSION=$SESSION" "$A/?lang=en")"
check "home page on B, same session" 'lang="en"' "$(page_lang -b "SESSION=$SESSION" "$B/")"

# Both under load at once: the benchmark's heavier public pages, half the connections on each instance.
SESSION_ID=$(bench_psql -tAc "select p.session_id from participant p join consultation_session s on s.id = p.session_id
    where s.status = 'PUBLISHED' group by p.session_id having count(*) = 30 order by p.session_id desc limit 1")
LOAD=()
for path in / "/sessions/$SESSION_ID"; do
    hey -z "$DURATION" -c "$CONNECTIONS" "$A$path" >"$WORK/hey-A-${path//\//_}.txt" &
    on_a=$!
    hey -z "$DURATION" -c "$CONNECTIONS" "$B$path" >"$WORK/hey-B-${path//\//_}.txt" &
    wait "$on_a" "$!"
    for side in A B; do
        f="$WORK/hey-$side-${path//\//_}.txt"
        total=$(awk '/\[[0-9]+\]/ { n += $2 } END { print n + 0 }' "$f")
        ok=$(awk '/\[200\]/ { print $2 }' "$f")
        errors=$(awk '/Error distribution/ { e = 1; next } e && /\[[0-9]+\]/ { n += $1 } END { print n + 0 }' "$f")
        rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$f")
        p50=$(awk '/50% in/ { printf "%.1f", $3 * 1000 }' "$f")
        p99=$(awk '/99% in/ { printf "%.1f", $3 * 1000 }' "$f")
        LOAD+=("| $side | $path | $CONNECTIONS | $rps | $p50 | $p99 | $((total - ${ok:-0})) / $errors |")
        check "$path on $side under load: answers other than 200, and connection errors" "0 / 0" \
            "$((total - ${ok:-0})) / $errors"
    done
done
check "A healthy after the load" 200 "$(status "$A/actuator/health")"
check "B healthy after the load" 200 "$(status "$B/actuator/health")"

# Signing out on B ends the session on A too.
csrf=$(curl -s -b "SESSION=$SESSION" "$B/" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
check "sign out on B" 302 "$(status -b "SESSION=$SESSION" --data-urlencode "_csrf=$csrf" "$B/logout")"
check "staff page on A with the signed-out session" 302 "$(status -b "SESSION=$SESSION" "$A/sessions/new")"

REPORT="$BENCH_DIR/results/$(date +%Y-%m-%d-%H%M)-$COMMIT-scale-out.md"
{
    echo "# Scale-out check $(date '+%Y-%m-%d %H:%M %Z'), commit $COMMIT"
    echo
    echo "- Two portals on $BENCH_DB, started one after the other with bench/lib.sh's start_portal (the production"
    echo "  command): A ready in $A_READY_MS ms, B in $B_READY_MS ms; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- Database: $(bench_psql -tAc "select (select count(*) from consultation_session) || ' sessions, '
        || (select count(*) from recommendation) || ' recommendations, ' || (select count(*) from participant) || ' participants'")"
    echo
    echo "| check | expected | got | |"
    echo "| --- | --- | --- | --- |"
    for line in "${LINES[@]}"; do echo "$line"; done
    echo
    echo "Load on both at once (hey, $DURATION, each instance its own connections):"
    echo
    echo "| instance | page | conn | req/s | p50 ms | p99 ms | non-200 / errors |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
    for line in "${LOAD[@]}"; do echo "$line"; done
    echo
    echo "Errors in the portals' logs: A $(grep -c ' ERROR ' "$A_LOG" || true), B $(grep -c ' ERROR ' "$B_LOG" || true)"
} >"$REPORT"
cat "$REPORT"
log "written to $REPORT"
exit "$FAILED"
