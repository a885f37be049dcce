#!/usr/bin/env bash
# Smoke test of the one-command start (run by .ci/run after the tests):
#   ./hockeyhub up → every service ready → a seeded demo login works (POST /api/auth/login, GET /api/auth/me) →
#   every service accepts that token and refuses a request without one → a second `up` starts nothing →
#   ./hockeyhub down → no service process and no service port left.
# Prints the start-up time and the resident memory that `status` measures.
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

cleanup() { ./hockeyhub down >/dev/null 2>&1 || true; }
trap cleanup EXIT

mapfile -t rows < <(./hockeyhub services)
if [ ${#rows[@]} -eq 0 ]; then
  echo "[smoke] no service module in the build yet: nothing to start"
  exit 0
fi
names=()
declare -A port=()
for row in "${rows[@]}"; do read -r name p _ <<<"$row"; names+=("$name"); port[$name]=$p; done
echo "[smoke] services: ${names[*]}"

t0=$SECONDS
if ./hockeyhub up; then pass "./hockeyhub up: ${#names[@]} service(s) ready after $((SECONDS - t0)) s"
else flunk "./hockeyhub up failed (its output above shows the service logs)"; exit 1; fi
startup=$((SECONDS - t0))

for s in "${names[@]}"; do
  code=$(http_code "http://127.0.0.1:${port[$s]}/actuator/health/readiness")
  if [ "$code" = 200 ]; then pass "$s ready"; else flunk "$s readiness answered $code"; fi
done

token=''
if [ -n "${port[user-service]:-}" ]; then
  u="http://127.0.0.1:${port[user-service]}"
  body=$(curl -s -m 10 -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" "$u/api/auth/login" || true)
  token=$(printf '%s' "$body" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  if [ -n "$token" ]; then pass "demo login $EMAIL"; else flunk "demo login $EMAIL answered: ${body:0:300}"; fi
  if [ -n "$token" ]; then
    me=$(curl -s -m 10 -H "Authorization: Bearer $token" "$u/api/auth/me" || true)
    if [[ $me == *"\"$EMAIL\""* ]]; then pass "GET /api/auth/me names $EMAIL"; else flunk "GET /api/auth/me answered: ${me:0:300}"; fi
  fi
else
  echo "[smoke] user-service is not in the build: no login to try, authenticated checks skipped"
fi

if [ -n "$token" ]; then
  for s in "${names[@]}"; do
    with=$(http_code -H "Authorization: Bearer $token" "http://127.0.0.1:${port[$s]}/actuator/metrics")
    without=$(http_code "http://127.0.0.1:${port[$s]}/actuator/metrics")
    if [ "$with" = 200 ] && [ "$without" = 401 ]; then pass "$s accepts the demo token (200) and refuses none (401)"
    else flunk "$s answered $with with the demo token and $without without one (want 200 and 401)"; fi
  done
fi

out=$(./hockeyhub up 2>&1) || true
if [[ $out != *started\ * ]] && [[ $out == *"already runs"* ]]; then pass "a second ./hockeyhub up starts nothing"
else flunk "a second ./hockeyhub up did not leave the running services alone: $out"; fi

status=$(./hockeyhub status)
printf '%s\n' "$status"
rss=$(printf '%s\n' "$status" | sed -n 's/^total ([0-9]* running) *\([0-9]*\) MB$/\1/p')

if ./hockeyhub down; then pass "./hockeyhub down"; else flunk "./hockeyhub down failed"; fi
left=()
for f in /proc/[0-9]*/cmdline; do
  if tr '\0' '\n' <"$f" 2>/dev/null | grep -q -- "^-Dhockeyhub.instance=$ROOT/"; then left+=("$(basename "$(dirname "$f")")"); fi
done
if [ ${#left[@]} -eq 0 ]; then pass "no service process left"; else flunk "processes left after down: ${left[*]}"; fi
open=()
for s in "${names[@]}"; do
  if ss -Hltn "sport = :${port[$s]}" 2>/dev/null | grep -q .; then open+=("${port[$s]}"); fi
done
if [ ${#open[@]} -eq 0 ]; then pass "no service port left open"; else flunk "ports still open after down: ${open[*]}"; fi
if ls .hockeyhub/run/*.pid >/dev/null 2>&1; then flunk "pid files left: $(ls .hockeyhub/run)"; else pass "no pid file left"; fi

echo "[smoke] ${#names[@]} service(s): ready after ${startup} s, ${rss:-?} MB resident in total"
echo "[smoke] checks: $ok ok, $bad failing"
[ "$bad" = 0 ]
