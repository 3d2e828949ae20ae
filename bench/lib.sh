# Shared by generate.sh and run.sh: where the benchmark database is and how to reach it.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BENCH_DB="${BENCH_DB:-registry_bench}"
BENCH_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB"
# The first admin's password on the benchmark database (the benchmark signs in with it for staff-only pages).
BENCH_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-bench-admin-passphrase-2024}"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

bench_psql() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }

# The packaged portal, built from this working tree when missing or older than the sources.
portal_jar() {
    local jar
    jar=$(ls -t "$PROJECT_DIR"/target/consultation-registry-*.jar 2>/dev/null | grep -v plain | head -1 || true)
    if [[ -z "$jar" || -n "$(find "$PROJECT_DIR/src/main" "$PROJECT_DIR/pom.xml" -newer "$jar" -type f | head -1)" ]]; then
        log "building the portal (./mvnw package -DskipTests)"
        (cd "$PROJECT_DIR" && ./mvnw -q -ntp -DskipTests package) >&2
        jar=$(ls -t "$PROJECT_DIR"/target/consultation-registry-*.jar | grep -v plain | head -1)
    fi
    echo "$jar"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The portal as production runs it (README.md, "Running in production"; the Dockerfile does the same): the jar
# extracted next to itself (DIR = the jar's name without .jar) and started by deploy/run-portal.sh with a class
# data sharing archive. Extracts again when the jar is newer than its extracted copy, and makes the archive (a
# training run on the benchmark database) before anything is timed. Prints DIR.
portal_app() {
    local jar=$1 dir="${1%.jar}"
    if [[ ! -d "$dir" || "$jar" -nt "$dir/$(basename "$jar")" ]]; then
        log "extracting $jar into $dir"
        java -Djarmode=tools -jar "$jar" extract --force --destination "$dir" >&2
    fi
    if [[ "${PORTAL_CDS:-true}" != false ]]; then
        SPRING_DATASOURCE_URL="$BENCH_JDBC_URL" SPRING_DATASOURCE_USERNAME="$PGUSER" REGISTRY_DEMO_DATA=false \
            REGISTRY_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" JAVA_OPTS="$PORTAL_JAVA_OPTS" \
            "$PROJECT_DIR/deploy/run-portal.sh" --train "$dir" >>"$dir/training.log" 2>&1 \
            || { log "the training run failed; its log:"; tail -30 "$dir/training.log" >&2; return 1; }
    fi
    echo "$dir"
}

# The JVM options production uses on a machine like this one (2 cores, a 512 MB heap): the serial collector, which
# spends less CPU than G1 on a small heap, at start-up most of all. The heap is given by the callers.
PORTAL_JAVA_OPTS="${PORTAL_JAVA_OPTS:--XX:+UseSerialGC}"

# Starts the portal on the benchmark database, on loopback only; sets PORTAL_PID, PORTAL_PORT, PORTAL_LOG and
# PORTAL_READY_MS (from launch to the first healthy answer). Extra arguments are JVM options (heap, JFR). A JFR
# recording cannot be taken with the class data sharing archive (this JDK 17 crashes), so with one the portal starts
# without it: its start-up time is then not the production one.
start_portal() {
    local jar="${PORTAL_JAR:-}" dir cds=${PORTAL_CDS:-true}
    [[ -n "$jar" ]] || jar=$(portal_jar)
    [[ "$*" == *StartFlightRecording* ]] && cds=false
    dir=$(PORTAL_CDS=$cds portal_app "$jar")
    PORTAL_PORT=$(free_port)
    PORTAL_LOG=$(mktemp /tmp/bench-portal.XXXXXX.log)
    local t0; t0=$(date +%s%N)
    SPRING_DATASOURCE_URL="$BENCH_JDBC_URL" SPRING_DATASOURCE_USERNAME="$PGUSER" \
        REGISTRY_DEMO_DATA=false REGISTRY_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" \
        JAVA_OPTS="$PORTAL_JAVA_OPTS $*" PORTAL_CDS=$cds \
        "$PROJECT_DIR/deploy/run-portal.sh" "$dir" --server.address=127.0.0.1 --server.port="$PORTAL_PORT" \
        >"$PORTAL_LOG" 2>&1 &
    PORTAL_PID=$!
    # Five minutes at most: under the load of other builds a start has taken over a minute.
    while (( $(date +%s%N) - t0 < 300000000000 )); do
        if curl -fs "http://127.0.0.1:$PORTAL_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            PORTAL_READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
            log "portal up on 127.0.0.1:$PORTAL_PORT (pid $PORTAL_PID) after ${PORTAL_READY_MS} ms"
            return 0
        fi
        if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
            log "the portal stopped during start-up; its log:"; tail -50 "$PORTAL_LOG" >&2; return 1
        fi
        sleep 0.05
    done
    log "the portal did not become ready in 5 minutes"; return 1
}

stop_portal() {
    if [[ -n "${PORTAL_PID:-}" ]] && kill -0 "$PORTAL_PID" 2>/dev/null; then
        kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true
    fi
    PORTAL_PID=
}
