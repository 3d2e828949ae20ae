#!/usr/bin/env bash
# Times the portal's start-up on the benchmark database, from launch to /actuator/health answering UP, with the
# production command (bench/lib.sh's start_portal, -Xmx512m), and prints the median. See bench/README.md, "Start-up".
#
#   bench/startup.sh [runs]              # 5 by default
#   STARTUP_PLAIN=1 bench/startup.sh     # the command before start-up was tuned: java -Xmx512m -jar the-uber.jar
#   PORTAL_JAR=other/build.jar PORTAL_AOT=false bench/startup.sh 1
#                                        # another build (extracted next to it, with its own archive); a jar built
#                                        # without process-aot needs PORTAL_AOT=false. Alternating two such calls
#                                        # one run at a time compares them under the same load.
#
# Besides the time to ready it records the CPU the JVM used until then, all its threads and its main thread alone: on
# a machine shared with other work the time depends on the load, the CPU much less. The main thread builds the
# context one bean after the other, so its CPU is close to what the start-up takes on an otherwise idle machine
# (plus the waits on the database). Note the load average it prints.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${1:-5}"
JAR=${PORTAL_JAR:-$(portal_jar)}
if [[ "${STARTUP_PLAIN:-}" == 1 ]]; then
    label="plain jar (java -Xmx512m -jar)"
else
    label="production command ($PORTAL_JAVA_OPTS -Xmx512m, extracted jar, CDS archive)"
    portal_app "$JAR" >/dev/null
fi
trap stop_portal EXIT

walls=() cpus=() mains=()
for i in $(seq 1 "$RUNS"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if [[ "${STARTUP_PLAIN:-}" == 1 ]]; then
        # The start-up as bench/lib.sh timed it before: the uber jar, the JVM's own choice of collector.
        PORTAL_PORT=$(free_port) PORTAL_LOG=$(mktemp /tmp/bench-portal.XXXXXX.log)
        t0=$(date +%s%N)
        SPRING_DATASOURCE_URL="$BENCH_JDBC_URL" SPRING_DATASOURCE_USERNAME="$PGUSER" REGISTRY_DEMO_DATA=false \
            REGISTRY_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" \
            java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORTAL_PORT" >"$PORTAL_LOG" 2>&1 &
        PORTAL_PID=$!
        until curl -fs "http://127.0.0.1:$PORTAL_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
            kill -0 "$PORTAL_PID" || { tail -30 "$PORTAL_LOG" >&2; exit 1; }
            sleep 0.05
        done
        PORTAL_READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
    else
        start_portal -Xmx512m
    fi
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$PORTAL_PID/stat")
    # The launcher's first thread only waits; Java's main thread is the other one still named "java".
    main=$(grep -lx java /proc/"$PORTAL_PID"/task/*/comm | grep -v "/task/$PORTAL_PID/" | head -1)
    main_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "${main%comm}stat")
    spring=$(grep -o 'Started ConsultationRegistryApplication in [0-9.]* seconds' "$PORTAL_LOG" | grep -o '[0-9.]*' || true)
    stop_portal
    walls+=("$PORTAL_READY_MS") cpus+=("$cpu") mains+=("$main_cpu")
    echo "run $i: ready after $PORTAL_READY_MS ms, CPU $cpu ms (main thread $main_cpu ms; Spring Boot: ${spring:-?} s)," \
        "load average at launch $load"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "$label, $RUNS runs: median $(median "${walls[@]}") ms to ready, median CPU $(median "${cpus[@]}") ms" \
    "(main thread $(median "${mains[@]}") ms); load average now $(cut -d' ' -f1-3 /proc/loadavg)"
