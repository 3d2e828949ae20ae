#!/usr/bin/env bash
# Scans a locally started portal with Debian's wapiti (signed in, once per role) and sqlmap (search, lookup and form
# parameters, and one form per role). Not part of `./mvnw verify`: it takes 15 to 20 minutes on two busy cores and
# needs the two packages (installed if missing). Loopback only: the portal listens on 127.0.0.1, wapiti is held to
# it (--scope folder) and never sends crash reports out (--no-bugreport), and no module that calls an outside
# endpoint is used.
#
#   scripts/security-scan.sh                     # everything; reports go to target/security-scan/
#   SCAN_ROLES="official" scripts/security-scan.sh   # only these roles (visitor official stakeholder admin)
#   SCAN_SQLMAP=0 / SCAN_WAPITI=0                # leave one of the two tools out
#
# It starts the portal from target/classes on a scratch database (registry_scan, dropped afterwards) with the demo
# consultation, opens an official and a stakeholder account through the admin API, and scans as visitor, official,
# stakeholder and admin. The summary (target/security-scan/summary.txt) gives per role the pages wapiti crawled,
# the signed-in forms among them, the requests sent, every finding and every answer 500 in the portal's access log.
# The script fails when any role was not signed in for its whole scan.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${SCAN_PORT:-18090}
BASE="http://127.0.0.1:$PORT"
DB=registry_scan
OUT=target/security-scan
ROLES=${SCAN_ROLES:-visitor official stakeholder admin}
# Each wapiti run crawls for at most CRAWL seconds, then gives each module at most ATTACK seconds.
CRAWL=${SCAN_CRAWL_SECONDS:-45}
ATTACK=${SCAN_ATTACK_SECONDS:-15}
ADMIN_PASSWORD="scan admin password $(date +%s)"
PASSWORD="a long scan password $(date +%s)"
rm -rf "$OUT"
mkdir -p "$OUT/sqlmap"
SUMMARY="$OUT/summary.txt"
ACCESS_LOG="$OUT/access.log"

command -v wapiti >/dev/null && command -v sqlmap >/dev/null || { apt-get update -qq && apt-get install -y -qq wapiti sqlmap; }

sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -Atqc "$1"; }
say() { echo "$*" | tee -a "$SUMMARY"; }

./mvnw -q -ntp compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"
# The access log counts what each scan sent and catches every answer 500, whatever the scanners make of it.
java -cp "target/classes:$(cat "$OUT/classpath.txt")" org.consultationregistry.ConsultationRegistryApplication \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --server.address=127.0.0.1 --server.port="$PORT" \
  --registry.admin.password="$ADMIN_PASSWORD" --server.tomcat.accesslog.enabled=true \
  --server.tomcat.accesslog.directory="$PWD/$OUT" --server.tomcat.accesslog.prefix=access \
  --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.file-date-format= \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
  --server.tomcat.accesslog.pattern='%h %t "%r" %s %b %D' >"$OUT/portal.log" 2>&1 &
PORTAL=$!
cleanup() { kill "$PORTAL" 2>/dev/null || true; wait "$PORTAL" 2>/dev/null || true; psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)"; }
trap cleanup EXIT
until curl -fs "$BASE/actuator/health" >/dev/null; do sleep 2; kill -0 "$PORTAL"; done

airlink=$(sql "select id from organisation where name = 'Airlink'")
for account in "scan-official OFFICIAL null" "scan-stakeholder STAKEHOLDER $airlink"; do
  set -- $account
  curl -fs -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -o /dev/null "$BASE/api/v1/accounts" \
    -d "{\"username\":\"$1\",\"displayName\":\"$1\",\"role\":\"$2\",\"organisationId\":$3,\"initialPassword\":\"$PASSWORD\"}"
done
# An account opened by an admin must choose its own password first; skip that, so that scans are not sent back to it.
sql "update user_account set must_change_password = false"
# The admin's scan disables accounts, resets their passwords and changes their roles, as it should; each role's
# account is put back as it was before that role signs in.
sql "create table scan_saved_account as select id, password_hash, role, organisation_id from user_account"
restore_accounts() {
  sql "update user_account u set enabled = true, must_change_password = false, password_hash = s.password_hash,
       role = s.role, organisation_id = s.organisation_id from scan_saved_account s where u.id = s.id"
}
# The sign-in throttle would soon refuse every attempt from 127.0.0.1 (the scanners fail thousands of sign-ins), and
# then payloads sent to the sign-in form would never reach the password check, and the signed-in scans could not
# sign in. On this scratch database only, failed sign-ins are not counted.
sql "create function scan_uncounted() returns trigger language plpgsql as 'begin return null; end'"
sql "create trigger scan_uncounted before insert on sign_in_failure for each row execute function scan_uncounted()"
admin_id=$(sql "select id from user_account where username = 'admin'")
session_id=$(sql "select min(id) from consultation_session")
recommendation_id=$(sql "select min(id) from recommendation")
issue_id=$(sql "select min(id) from issue_raised")
official_id=$(sql "select id from user_account where username = 'scan-official'")
theme=$(sql "select category from issue_raised order by id limit 1")

# A signed-in cookie jar for each role: the sign-in form with its CSRF token, as a browser sends it.
cookie_jar() { # role jar
  local user=$1 password=$PASSWORD csrf
  case $1 in
    visitor) : >"$2"; return ;;
    official | stakeholder) user=scan-$1 ;;
    admin) password=$ADMIN_PASSWORD ;;
  esac
  restore_accounts
  csrf=$(curl -fs -c "$2" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -b "$2" -c "$2" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
}
# Whether the jar is signed in: the password page answers 200 only to someone signed in (others go to /login).
signed_in() { [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$1" "$BASE/account/password")" = 200 ]; }
session_of() { awk '$6 == "SESSION" {print $7}' "$1"; }
log_lines() { wc -l <"$ACCESS_LOG"; }
# The answers the portal gave since line $1 of its access log: how many, by status, and every 500.
answers_since() { # first-line label
  local from=$1
  tail -n +"$((from + 1))" "$ACCESS_LOG" | awk -v label="$2 (${SECONDS}s into the run)" '
    { n++; status[$(NF-2)]++; if ($(NF-2) == 500) bad[n] = $0 }
    END { line = label ": " n " requests;"; for (s in status) line = line " " s "x" status[s]; print line
          for (i in bad) print "  ANSWER 500: " bad[i] }' | tee -a "$SUMMARY"
}

# Modules chosen explicitly: injections, cross-site scripting, headers and files; nothing that floods (no buster,
# no nikto, no brute force against the sign-in) and nothing that calls an endpoint outside (ssrf, xxe).
MODULES=sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,csrf,http_headers,cookieflags,csp,methods
wapiti_scan() { # role
  local role=$1 jar="$OUT/$1.txt" first
  local args=(-u "$BASE/" --scope folder -m "$MODULES" --max-scan-time "$CRAWL" --max-attack-time "$ATTACK"
              --flush-session --store-session "$OUT/wapiti-$role-session" --no-bugreport -f json
              -o "$OUT/wapiti-$role.json" -x "$BASE/logout")
  # Start from the forms each role works with, so that a short crawl reaches them (and from the home page).
  local start
  case $role in
    visitor) start="/recommendations?q=tax /search?q=tax /login" ;;
    official) start="/sessions/new /sessions/$session_id/edit /sessions/$session_id/issues/new
      /sessions/$session_id/recommendations/new /sessions/$session_id/participants/new /sessions/$session_id/minutes/edit
      /issues/$issue_id/edit /recommendations/$recommendation_id/edit /recommendations/$recommendation_id/follow-ups/new
      /intake /reports/tracker/upload" ;;
    stakeholder) start="/recommendations/$recommendation_id /updates /search?q=tax /account/password" ;;
    admin) start="/admin/accounts /admin/accounts/new /admin/accounts/$official_id /sessions/$session_id/edit /reports" ;;
  esac
  for path in $start; do args+=(-s "$BASE$path"); done
  cookie_jar "$role" "$jar"
  if [ "$role" != visitor ]; then
    signed_in "$jar" || { say "wapiti as $role: could not sign in"; exit 1; }
    # Signing in again or out would end the scan's session; the visitor's scan attacks the sign-in form.
    args+=(-x "$BASE/login" -x "$BASE/login?*")
    # The admin's own account: resetting its password or changing its role would end the scan's session.
    [ "$role" = admin ] && args+=(-x "$BASE/admin/accounts/$admin_id" -x "$BASE/admin/accounts/$admin_id/*")
    # wapiti reads cookies from a JSON jar keyed by host; an IP address is its own key (no leading dot).
    python3 - "$jar" "$OUT/$role.json" <<'PY'
import json, sys
cookies = {}
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split("\t")
    if len(parts) == 7 and not line.startswith("# "):
        cookies[parts[5]] = {"value": parts[6], "version": 0, "expires": None, "secure": False, "port": None}
json.dump({"127.0.0.1": {"/": cookies}}, open(sys.argv[2], "w"))
PY
    args+=(-c "$OUT/$role.json")
  fi
  first=$(log_lines)
  # Debian's wapiti 3.0.4 builds each -x pattern as "…\Z(?ms)", which Python 3.11 refuses (global flags must come
  # first), so any exclusion crashes it; run it (with the Python it was installed for) with that one function written
  # the way Python accepts.
  "$(sed -n '1s/^#!//p' "$(command -v wapiti)")" - "${args[@]}" >"$OUT/wapiti-$role.log" 2>&1 <<'PY' || true
import re, sys
from wapitiCore.attack import attack
from wapitiCore.net import crawler
# wapiti builds every module it knows, chosen or not, and some (wapp, nikto) fetch their databases from the web
# as they are built; build only the chosen ones.
attack.modules[:] = ["mod_" + name for name in sys.argv[sys.argv.index("-m") + 1].split(",")]
crawler.wildcard_translate = lambda pattern: re.compile(
    "(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")
from wapitiCore.main.wapiti import wapiti_main
sys.exit(wapiti_main())
PY
  if [ "$role" != visitor ] && ! signed_in "$jar"; then
    say "wapiti as $role: the scan's session ended during the scan"
    exit 1
  fi
  python3 - "$OUT/wapiti-$role.json" "$OUT"/wapiti-"$role"-session/*.db "$role" <<'PY' | tee -a "$SUMMARY"
import json, re, sqlite3, sys
report = json.load(open(sys.argv[1]))
db = sqlite3.connect(sys.argv[2])
# Forms found but never sent (the excluded sign-out) have no headers.
crawled = db.execute("select method, path, http_status from paths where evil = 0 and headers is not null").fetchall()
gets = [p for m, p, s in crawled if m == "GET"]
posts = [p for m, p, s in crawled if m == "POST"]
attacked = db.execute("select count(*) from attack_log").fetchone()[0]
print(f"wapiti as {sys.argv[3]}: crawled {len(gets)} GET and {len(posts)} POST ({attacked} attacks by page and module)")
print("  forms sent: " + " ".join(sorted({re.sub(r"/\d+", "/{id}", re.sub(r"^https?://[^/]+", "", p)) for p in posts})))
for kind in ("vulnerabilities", "anomalies"):
    for name, items in report.get(kind, {}).items():
        for item in items:
            print(f"  {'vulnerability' if kind == 'vulnerabilities' else 'anomaly'}: {name}: {item['method']} {item['path']}"
                  f" [{item.get('parameter', '')}] {item['info']}")
PY
  answers_since "$first" "  portal answered"
}

# sqlmap on the parameters that reach SQL: every filter of the recommendations search, the site search, the lists'
# paging and order, the name lookups, and one form per role (its CSRF token taken fresh for each try, from another
# address than the form's: sqlmap reads the token from the form's own answer when the two are the same). No
# --method POST: --data makes it a POST already, and sqlmap 1.7.2 given --method also fetches the token page by POST.
sqlmap_run() { # label jar sqlmap-arguments...
  local label=$1 jar=$2 first log="$OUT/sqlmap-$(echo "$1" | tr -c 'a-z0-9' '_').log"
  shift 2
  local auth=()
  [ -s "$jar" ] && auth=(--cookie "SESSION=$(session_of "$jar")" --drop-set-cookie)
  first=$(log_lines)
  sqlmap "$@" "${auth[@]}" --batch --flush-session --output-dir "$OUT/sqlmap" >"$log" 2>&1 || true
  local verdict tested
  tested=$(grep -oE "(GET|POST|Cookie|User-Agent|Referer) parameter '[^']*' does not seem to be injectable" "$log" \
    | sed -E "s/ parameter '([^']*)'.*/ \1/" | sort -u | tr '\n' ',' || true)
  if grep -qE "is vulnerable|appears to be injectable|might be injectable" "$log"; then
    verdict="INJECTABLE: $(grep -E "is vulnerable|appears to be injectable|might be injectable" "$log" | head -3 | tr '\n' ' ')"
  elif grep -q "do not appear to be injectable" "$log"; then
    verdict="nothing injectable (tested ${tested%,})"
  else
    verdict="NO VERDICT: $(grep -E "\[(ERROR|CRITICAL)\]" "$log" | head -1 || true) (see $log)"
  fi
  say "sqlmap $label: $verdict"
  answers_since "$first" "  portal answered"
}
sqlmap_scan() { # role
  local role=$1 jar="$OUT/sqlmap-$1.txt"
  cookie_jar "$role" "$jar"
  [ "$role" = visitor ] || signed_in "$jar" || { say "sqlmap as $role: could not sign in"; exit 1; }
  case $role in
    visitor)
      # Typed filters (a status, a theme, an id, a date, a page) answer 400 to anything but their kind: level 1 is
      # enough there; the free-text words get level 2.
      sqlmap_run "visitor /recommendations (filters)" "$jar" --level 1 \
        -u "$BASE/recommendations?q=tax&status=PROPOSED&theme=$theme&responsible=$airlink&raisedBy=$airlink&session=$session_id&from=2024-01-01&to=2026-12-31&sort=NEWEST&page=0" \
        -p status,theme,responsible,raisedBy,session,from,to,sort,page
      sqlmap_run "visitor /recommendations?q" "$jar" --level 2 --risk 2 -u "$BASE/recommendations?q=tax&sort=RELEVANCE" -p q
      sqlmap_run "visitor /search?q" "$jar" --level 2 --risk 2 -u "$BASE/search?q=hardware" -p q
      sqlmap_run "visitor /sessions (paging, order)" "$jar" -u "$BASE/sessions?page=0&size=20&sort=heldOn,desc" -p page,size,sort
      sqlmap_run "visitor /organisations (paging, order)" "$jar" -u "$BASE/organisations?page=0&size=50&sort=name" -p page,size,sort
      sqlmap_run "visitor /api/v1/recommendations" "$jar" \
        -u "$BASE/api/v1/recommendations?q=tax&status=PROPOSED&theme=$theme&page=0" -p q,status,theme,page
      sqlmap_run "visitor POST /login" "$jar" -u "$BASE/login" \
        --data "username=scan-official&password=guess&_csrf=x" --csrf-token _csrf --csrf-url "$BASE/login?form" \
        -p username,password
      ;;
    official)
      sqlmap_run "official /lookup/organisations?q" "$jar" --level 2 --risk 2 -u "$BASE/lookup/organisations?q=air" -p q
      sqlmap_run "official /lookup/people?q" "$jar" --level 2 --risk 2 -u "$BASE/lookup/people?q=adnan" -p q
      sqlmap_run "official /recommendations (staff view)" "$jar" \
        -u "$BASE/recommendations?q=tax&status=PROPOSED&responsible=$airlink&session=$session_id&from=2024-01-01&page=0" \
        -p q,status,responsible,session,from,page
      sqlmap_run "official POST /sessions/$session_id/issues" "$jar" -u "$BASE/sessions/$session_id/issues" \
        --data "category=TAXATION&title=Duty&details=x&token=&_csrf=x" --csrf-token _csrf \
        --csrf-url "$BASE/sessions/$session_id/issues/new" -p title,details,category
      ;;
    stakeholder)
      sqlmap_run "stakeholder /search?q" "$jar" -u "$BASE/search?q=duty" -p q
      sqlmap_run "stakeholder POST /recommendations/$recommendation_id/comments" "$jar" \
        -u "$BASE/recommendations/$recommendation_id/comments" \
        --data "text=Please+say+when&inReplyTo=&token=&_csrf=x" --csrf-token _csrf \
        --csrf-url "$BASE/recommendations/$recommendation_id" -p text,inReplyTo
      ;;
    admin)
      sqlmap_run "admin POST /admin/accounts/new" "$jar" -u "$BASE/admin/accounts/new" \
        --data "username=scan-new&displayName=New+one&role=OFFICIAL&organisationName=&organisationId=&personName=&personId=&token=&_csrf=x" \
        --csrf-token _csrf --csrf-url "$BASE/admin/accounts" -p username,displayName,role,organisationId,personId
      ;;
  esac
}

: >"$SUMMARY"
for role in $ROLES; do
  [ "${SCAN_WAPITI:-1}" = 1 ] && wapiti_scan "$role"
  [ "${SCAN_SQLMAP:-1}" = 1 ] && sqlmap_scan "$role"
done
if grep -qE "^  (vulnerability|anomaly|ANSWER 500)|INJECTABLE|NO VERDICT" "$SUMMARY"; then
  say "Findings above; reports in $OUT/"
else
  say "Nothing found; reports in $OUT/"
fi
