#!/usr/bin/env bash
# Scans a locally started portal with Debian's wapiti (signed in, once per role) and sqlmap (search and form
# parameters). Not part of `./mvnw verify`: it takes a while and needs the two packages (installed if missing).
# Loopback only: the portal listens on 127.0.0.1 and wapiti is held to its URL with --scope url/folder.
#
#   scripts/security-scan.sh            # reports go to target/security-scan/
#
# It starts the portal from target/classes on a scratch database (registry_scan, dropped afterwards) with the demo
# consultation, opens an official and a stakeholder account through the admin API, and scans as visitor, official,
# stakeholder and admin.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${SCAN_PORT:-18090}
BASE="http://127.0.0.1:$PORT"
DB=registry_scan
OUT=target/security-scan
ADMIN_PASSWORD="scan admin password $(date +%s)"
PASSWORD="a long scan password $(date +%s)"
mkdir -p "$OUT"

command -v wapiti >/dev/null && command -v sqlmap >/dev/null || { apt-get update -qq && apt-get install -y -qq wapiti sqlmap; }

./mvnw -q -ntp compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"
java -cp "target/classes:$(cat "$OUT/classpath.txt")" org.consultationregistry.ConsultationRegistryApplication \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --server.address=127.0.0.1 --server.port="$PORT" \
  --registry.admin.password="$ADMIN_PASSWORD" >"$OUT/portal.log" 2>&1 &
PORTAL=$!
cleanup() { kill "$PORTAL" 2>/dev/null || true; wait "$PORTAL" 2>/dev/null || true; psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)"; }
trap cleanup EXIT
until curl -fs "$BASE/actuator/health" >/dev/null; do sleep 2; kill -0 "$PORTAL"; done

airlink=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select id from organisation where name = 'Airlink'")
for account in "scan-official OFFICIAL null" "scan-stakeholder STAKEHOLDER $airlink"; do
  set -- $account
  curl -fs -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -o /dev/null "$BASE/api/v1/accounts" \
    -d "{\"username\":\"$1\",\"displayName\":\"$1\",\"role\":\"$2\",\"organisationId\":$3,\"initialPassword\":\"$PASSWORD\"}"
  # An account opened by an admin must choose its own password first; do that once, so that scans are not sent back.
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "update user_account set must_change_password = false where username = '$1'"
done

# A signed-in cookie jar for each role: the sign-in form with its CSRF token, as a browser sends it.
cookie_jar() { # username password jar
  local csrf
  csrf=$(curl -fs -c "$3" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -b "$3" -c "$3" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
}

# Modules chosen explicitly: injections, cross-site scripting, headers and files; nothing that floods (no buster,
# no nikto, no brute force against the sign-in, whose throttle would lock the scan out).
MODULES=sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,csrf,http_headers,cookieflags,methods
for role in visitor official stakeholder admin; do
  args=(-u "$BASE/" --scope folder -m "$MODULES" --max-scan-time 600 --flush-session -f json -o "$OUT/wapiti-$role.json"
        -x "$BASE/logout" --color)
  case $role in
    official) cookie_jar scan-official "$PASSWORD" "$OUT/$role.txt" ;;
    stakeholder) cookie_jar scan-stakeholder "$PASSWORD" "$OUT/$role.txt" ;;
    admin) cookie_jar admin "$ADMIN_PASSWORD" "$OUT/$role.txt" ;;
  esac
  if [ "$role" != visitor ]; then
    # wapiti reads cookies from a JSON jar; build one from curl's.
    python3 - "$OUT/$role.txt" "$OUT/$role.json" <<'PY'
import json, sys
jar = {".127.0.0.1": {"/": {}}}
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split("\t")
    if len(parts) == 7 and not line.startswith("# "):
        jar[".127.0.0.1"]["/"][parts[5]] = {"value": parts[6], "version": 0, "expires": None, "secure": False, "port": None}
json.dump(jar, open(sys.argv[2], "w"))
PY
    args+=(-c "$OUT/$role.json")
  fi
  wapiti "${args[@]}" >"$OUT/wapiti-$role.log" 2>&1 || true
  python3 - "$OUT/wapiti-$role.json" "$role" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = {name: len(items) for name, items in report.get("vulnerabilities", {}).items() if items}
anomalies = {name: len(items) for name, items in report.get("anomalies", {}).items() if items}
print(f"wapiti as {sys.argv[2]}: vulnerabilities {found or 'none'}, anomalies {anomalies or 'none'}")
PY
done

# sqlmap on the parameters that reach SQL: the lists' filters and paging, the name suggestions, and a form (signed in
# as an official, with its CSRF token taken fresh for each try).
cookie_jar scan-official "$PASSWORD" "$OUT/sqlmap.txt"
session=$(awk '$6 == "SESSION" {print $7}' "$OUT/sqlmap.txt")
for target in "/recommendations?status=PROPOSED&page=0&size=20" "/sessions?page=0&size=20" "/organisations?page=0" \
              "/lookup/organisations?q=air" "/lookup/people?q=adnan"; do
  sqlmap -u "$BASE$target" --cookie "SESSION=$session" --batch --level 3 --risk 2 --flush-session \
    --output-dir "$OUT/sqlmap" >"$OUT/sqlmap-$(echo "$target" | tr -c 'a-z' '_').log" 2>&1 || true
  grep -E "is vulnerable|appears to be injectable|all tested parameters do not appear" \
    "$OUT/sqlmap-$(echo "$target" | tr -c 'a-z' '_').log" | sed "s|^|sqlmap $target: |" | head -3
done
session_id=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select min(id) from consultation_session")
sqlmap -u "$BASE/sessions/$session_id/issues" --method POST --cookie "SESSION=$session" --batch --level 2 --risk 1 \
  --data "category=TAXATION&title=Duty&details=x&token=&_csrf=x" --csrf-token _csrf --csrf-url "$BASE/sessions/$session_id/issues/new" \
  -p title,details,category --flush-session --output-dir "$OUT/sqlmap" >"$OUT/sqlmap-issue-form.log" 2>&1 || true
grep -E "is vulnerable|appears to be injectable|all tested parameters do not appear" "$OUT/sqlmap-issue-form.log" \
  | sed "s|^|sqlmap issue form: |" | head -3
echo "Reports in $OUT/"
