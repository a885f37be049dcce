#!/usr/bin/env bash
# Smoke test of the one-command start (run by .ci/run after the tests), with the services that exist:
#   ./hockeyhub up → every service ready → a seeded demo login works (POST /api/auth/login, GET /api/auth/me) →
#   every service accepts that token and refuses a request without one → a second `up` starts nothing →
#   ./hockeyhub down → nothing left → `up` again (no seeding, class-data archive) → login again → down → nothing left.
# Prints the start-up times and the resident memory that `status` measures.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# A demo account of the seed profile (user-service/src/main/java/com/hockeyhub/user/seed/DemoSeeder.java)
EMAIL=${SMOKE_EMAIL:-admin@hockeyhub.demo}
PASSWORD=${SMOKE_PASSWORD:-Demo-Hockey-2026}

ok=0
bad=0
pass() { ok=$((ok + 1)); printf '[smoke] ok    %s\n' "$*"; }
flunk() { bad=$((bad + 1)); printf '[smoke] FAIL  %s\n' "$*" >&2; }
http_code() { curl -s -o /dev/null -w '%{http_code}' -m 10 "$@" || true; }

# Its own databases and state, so it never meets a developer's data or schema (and leaves none behind)
export HOCKEYHUB_DB_SUFFIX=_smoke HOCKEYHUB_STATE=$ROOT/.hockeyhub/smoke
STATE=$HOCKEYHUB_STATE
psql_app() { PGOPTIONS='-c client_min_messages=warning' PGPASSWORD=${DB_PASSWORD:-hockeyhub} psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "${DB_USER:-hockeyhub}" -d postgres "$@"; }

cleanup() {
  ./hockeyhub down >/dev/null 2>&1 || true
  for db in "${dbs[@]-}"; do [ -n "$db" ] && psql_app -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1; done
  return 0
}
trap cleanup EXIT

mapfile -t rows < <(./hockeyhub services)
if [ ${#rows[@]} -eq 0 ]; then
  echo "[smoke] no service module in the build yet: nothing to start"
  exit 0
fi
names=()
declare -A port=()
dbs=()
for row in "${rows[@]}"; do read -r name p db <<<"$row"; names+=("$name"); port[$name]=$p; dbs+=("$db$HOCKEYHUB_DB_SUFFIX"); done
echo "[smoke] services: ${names[*]} (databases ${dbs[*]})"
rm -rf "$STATE"
for db in "${dbs[@]}"; do
  psql_app -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
done

elapsed=0
start() { # label: ./hockeyhub up, then every service ready; sets elapsed (seconds)
  local t0=$SECONDS s code
  mkdir -p "$STATE"
  if ./hockeyhub up 2>&1 | tee "$STATE/smoke-up.log"; [ "${PIPESTATUS[0]}" = 0 ]; then
    elapsed=$((SECONDS - t0)); pass "$1: ./hockeyhub up, ${#names[@]} service(s) ready after $elapsed s"
  else flunk "$1: ./hockeyhub up failed (its output above shows the service logs)"; exit 1; fi
  for s in "${names[@]}"; do
    code=$(http_code "http://127.0.0.1:${port[$s]}/actuator/health/readiness")
    if [ "$code" = 200 ]; then pass "$1: $s ready"; else flunk "$1: $s readiness answered $code"; fi
  done
}

token_of() { # email: a demo login's access token on stdout ('' when the login fails)
  curl -s -m 10 -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" \
    "http://127.0.0.1:${port[user-service]}/api/auth/login" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' || true
}

# One read per service as the demo role that uses it (service, demo login, path, expected status); a service that
# is not in the build is skipped. Ids: shared-lib demo.DemoClub (club ...0001, U18 AAA ...0102, its first game).
DEMO_CLUB=0190d000-0000-7000-8000-000000000001
DEMO_TEAM=0190d000-0000-7000-8000-000000000102
DEMO_FIRST_GAME=0190d000-0000-7000-8000-000000070100 # DemoClub.U18_AAA_FIRST_GAME: calendar's game, planning's strategy
API_CHECKS=(
  "user-service admin@hockeyhub.demo /api/organizations/$DEMO_CLUB 200"
  "user-service player@hockeyhub.demo /api/organizations/$DEMO_CLUB/statistics 403"
  "calendar-service coach@hockeyhub.demo /api/events/teams/$DEMO_TEAM/upcoming 200"
  "medical-service coach@hockeyhub.demo /api/availability/teams/$DEMO_TEAM 200"
  "payment-service admin@hockeyhub.demo /api/subscriptions/$DEMO_CLUB 200"
  "payment-service player@hockeyhub.demo /api/subscriptions/$DEMO_CLUB 403"
  "statistics-service coach@hockeyhub.demo /api/standings 200"
  "admin-service superadmin@hockeyhub.demo /api/admin/system/status 200"
  "admin-service admin@hockeyhub.demo /api/admin/system/status 403"
  "admin-service superadmin@hockeyhub.demo /api/admin/system/health/history 200"
  "admin-service superadmin@hockeyhub.demo /api/admin/system/query-insight 200"
  "admin-service superadmin@hockeyhub.demo /api/admin/dashboard/platform 200"
  "admin-service admin@hockeyhub.demo /api/admin/dashboard/platform 403"
  "communication-service player@hockeyhub.demo /api/conversations 200"
  "planning-service coach@hockeyhub.demo /api/drills?q=2-on-1%20rush 200"
  "planning-service coach@hockeyhub.demo /api/teams/$DEMO_TEAM/current-phase 200"
  "planning-service player@hockeyhub.demo /api/games/$DEMO_FIRST_GAME/strategy 200"
  "training-service trainer@hockeyhub.demo /api/exercises 200"
)
api_checks() {
  local line s email path want tok code
  declare -A tokens=()
  for line in "${API_CHECKS[@]}"; do
    read -r s email path want <<<"$line"
    [ -n "${port[$s]:-}" ] || continue
    [ -n "${tokens[$email]:-}" ] || tokens[$email]=$(token_of "$email")
    tok=${tokens[$email]}
    if [ -z "$tok" ]; then flunk "$s: no token for $email"; continue; fi
    code=$(http_code -H "Authorization: Bearer $tok" "http://127.0.0.1:${port[$s]}$path")
    if [ "$code" = "$want" ]; then pass "$s: GET $path as $email → $code"
    else flunk "$s: GET $path as $email answered $code, want $want"; fi
  done
}

token=''
login() { # sets token: the demo account's access token ('' without user-service or when the login fails)
  local u body me
  token=''
  [ -n "${port[user-service]:-}" ] || { echo "[smoke] user-service is not in the build: no login to try"; return 0; }
  u="http://127.0.0.1:${port[user-service]}"
  body=$(curl -s -m 10 -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" "$u/api/auth/login" || true)
  token=$(printf '%s' "$body" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  if [ -z "$token" ]; then flunk "$1: demo login $EMAIL answered: ${body:0:300}"; return 0; fi
  pass "$1: demo login $EMAIL"
  me=$(curl -s -m 10 -H "Authorization: Bearer $token" "$u/api/auth/me" || true)
  if [[ $me == *"\"$EMAIL\""* ]]; then pass "$1: GET /api/auth/me names $EMAIL"
  else flunk "$1: GET /api/auth/me answered: ${me:0:300}"; fi
}

stop_and_check() { # label: ./hockeyhub down, then no process, port or pid file left
  local left=() open=() f s
  if ./hockeyhub down; then pass "$1: ./hockeyhub down"; else flunk "$1: ./hockeyhub down failed"; fi
  for f in /proc/[0-9]*/cmdline; do
    if tr '\0' '\n' <"$f" 2>/dev/null | grep -q -- "^-Dhockeyhub.instance=$ROOT/"; then left+=("$(basename "$(dirname "$f")")"); fi
  done
  if [ ${#left[@]} -eq 0 ]; then pass "$1: no service process left"; else flunk "$1: processes left after down: ${left[*]}"; fi
  for s in "${names[@]}"; do
    if ss -Hltn "sport = :${port[$s]}" 2>/dev/null | grep -q .; then open+=("${port[$s]}"); fi
  done
  if [ ${#open[@]} -eq 0 ]; then pass "$1: no service port left open"; else flunk "$1: ports still open after down: ${open[*]}"; fi
  if ls "$STATE"/run/*.pid >/dev/null 2>&1; then flunk "$1: pid files left: $(ls "$STATE/run")"; else pass "$1: no pid file left"; fi
}

start "first start"
first=$elapsed
login "first start"
if [ -n "$token" ]; then
  platform=$(token_of superadmin@hockeyhub.demo)
  for s in "${names[@]}"; do
    # platform metrics: the super admin's token 200, a club admin's (valid, not enough) 403, none 401
    super=$(http_code -H "Authorization: Bearer $platform" "http://127.0.0.1:${port[$s]}/actuator/metrics")
    with=$(http_code -H "Authorization: Bearer $token" "http://127.0.0.1:${port[$s]}/actuator/metrics")
    without=$(http_code "http://127.0.0.1:${port[$s]}/actuator/metrics")
    if [ "$super" = 200 ] && [ "$with" = 403 ] && [ "$without" = 401 ]; then
      pass "$s verifies tokens: metrics for the super admin (200), not a club admin (403), not without one (401)"
    else flunk "$s answered $super / $with / $without for super admin / club admin / no token (want 200 / 403 / 401)"; fi
  done
  api_checks
fi

# the Maven plugin's migration (./mvnw flyway:migrate) gives the schemas the services just gave their databases
if bash scripts/check-migrations.sh "$HOCKEYHUB_DB_SUFFIX"; then pass "flyway:migrate builds the services' start-up schemas"
else flunk "flyway:migrate and the services' start-up migration disagree"; fi

out=$(./hockeyhub up 2>&1) || true
if [[ $out != *"started "* ]] && [[ $out == *"already runs"* ]]; then pass "a second ./hockeyhub up starts nothing"
else flunk "a second ./hockeyhub up did not leave the running services alone: $out"; fi

status=$(./hockeyhub status)
printf '%s\n' "$status"
rss=$(printf '%s\n' "$status" | sed -n 's/^total ([0-9]* running) *\([0-9]*\) MB$/\1/p')
if [[ $status == *stopped* ]]; then flunk "status shows a stopped service"; else pass "status shows every service running"; fi

t0=$SECONDS
stop_and_check "first stop"
first_stop=$((SECONDS - t0))

start "restart"
again=$elapsed
if grep -q 'profiles seed' "$STATE/smoke-up.log"; then flunk "restart: a service loaded the seed again"
else pass "restart: no service loads the seed again"; fi
login "restart"
stop_and_check "final stop"

echo "[smoke] ${#names[@]} service(s): first start ${first} s, first stop ${first_stop} s," \
  "restart ${again} s; ${rss:-?} MB resident in total"
echo "[smoke] checks: $ok ok, $bad failing"
[ "$bad" = 0 ]
