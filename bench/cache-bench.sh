#!/usr/bin/env bash
# Cache benchmark (docs/performance.md, section "cache"). One command, against user-service seeded with 100k users:
#   bench/cache-bench.sh
# Starts user-service once per scenario (own database and port, never the dev ones), warms up in bursts, measures
# GET /api/users/{id} with wrk on the same machine and prints a markdown table: Redis cache warm, Zipf hit ratio over
# all users, each hot-path lever switched off (and threads-N: Tomcat's request threads), caching disabled, Redis
# stopped; then EXPLAIN (ANALYZE) of the list and
# full-text search with indexes vs with index scans disabled. Every row also states its ratio to a bare Spring endpoint
# (bench/baseline.sh) driven by the same wrk script and connections right after it. Prints numbers; asserts nothing.
# Needs PostgreSQL/Redis as in architecture.md "Local services", wrk (apt-get install -y wrk), redis-server, java 17.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
USERS=${USERS:-100000}
PORT=${PORT:-18091}
DURATION=${DURATION:-20s}
WARMUP_BURSTS=${WARMUP_BURSTS:-6}
WARMUP_BURST=${WARMUP_BURST:-15s}
CONNECTIONS=${CONNECTIONS:-50}
# the warm-up's connections (default: as measured); fewer leave the JIT compiler threads a core on 2 cores
WARMUP_CONNECTIONS=${WARMUP_CONNECTIONS:-$CONNECTIONS}
SCENARIOS=${SCENARIOS-warm zipf near-off filter-observations token-cache no-cache redis-down list search login}
# also on request: threads-N (Tomcat's request threads), lean (no form-content filter), paced (the
# warm read at a rate short of saturation: each connection pauses ~PACED_THINK_MS ms, exponential, after an answer;
# the bare app is paced alike, so compare the two p99s, not the throughput)
PACED_THINK_MS=${PACED_THINK_MS:-10}
# PROFILE=jfr records each measured run with Java Flight Recorder and prints its hot methods and contention sites;
# PROFILE=async samples its CPU with async-profiler and prints where the request threads' time went, PROFILE=alloc
# what they allocate (bench/baseline.sh `profiled`, bench/cpu-shares.py, bench/alloc-shares.py; recordings kept in
# $BENCH_WORK)
BENCH_DB=${BENCH_DB:-hockey_hub_users_bench}
WORK=${BENCH_WORK:-/tmp/hh-cache-bench}
# JAR and BUILD=0 measure a jar built elsewhere, e.g. of an older commit (bench/ab-bench.sh)
JAR=${JAR:-user-service/target/user-service-0.1.0-SNAPSHOT.jar}
BUILD=${BUILD:-1}
# JVM_OPTS (e.g. another collector) and BENCH_HEAP (default -Xmx512m): the service's and the bare app's alike,
# bench/baseline.sh
BASE=http://127.0.0.1:$PORT
# /actuator/prometheus wants a service token, a super admin or this scrape secret
export METRICS_SCRAPE_TOKEN=${METRICS_SCRAPE_TOKEN:-bench-scrape-$$}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub}
# the bench reads the club tables across clubs: row-level security shows a session that states no club nothing
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
PSQL=(psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt)
mkdir -p "$WORK"
# shellcheck source=bench/baseline.sh
. bench/baseline.sh
for tool in wrk redis-server psql java; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

if [ "$BUILD" = 1 ]; then
  echo "== building user-service" >&2
  ./mvnw -B -q -pl user-service -am package -DskipTests
fi
psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'" | grep -q 1 \
  || psql -d postgres -qc "CREATE DATABASE $BENCH_DB"

APP_PID= REDIS_PID= BENCH_REDIS_PID=
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# a Redis of the benchmark's own: nothing else's keys, flushes or commands in its figures (GETs per request)
BENCH_REDIS_PORT=$(free_port)
redis-server --port "$BENCH_REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/bench-redis.log" 2>&1 &
BENCH_REDIS_PID=$!
APP_REDIS_URL="redis://127.0.0.1:$BENCH_REDIS_PORT"
REDIS_CLI=(redis-cli -p "$BENCH_REDIS_PORT")
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi; }
stop_redis() { if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID" 2>/dev/null || true; wait "$REDIS_PID" 2>/dev/null || true; REDIS_PID=; fi; }
trap 'stop_app; stop_redis; baseline_stop; kill "$BENCH_REDIS_PID" 2>/dev/null || true' EXIT

start_app() { # extra --key=value arguments
  stop_app
  # shellcheck disable=SC2086 # BENCH_HEAP and JVM_OPTS hold several options
  DB_URL="jdbc:postgresql://$PGHOST:5432/$BENCH_DB" java $BENCH_HEAP $JVM_OPTS -jar "$JAR" --server.port="$PORT" \
    --spring.profiles.active=seed --hockeyhub.seed.users="$USERS" --hockeyhub.cache.key-prefix="hh:bench-users:" \
    --spring.data.redis.url="$APP_REDIS_URL" \
    --logging.level.root=WARN --logging.level.com.hockeyhub.user.seed=INFO "$@" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "user-service did not become ready" >&2; exit 1
}

run_wrk() { # script duration -> wrk output (IDS_FILE and PATH_PREFIX may be set by the scenario)
  IDS_FILE="${IDS_FILE:-$WORK/ids.txt}" PATH_PREFIX="${PATH_PREFIX:-/api/users/}" wrk -t2 -c"$CONNECTIONS" -d"$2" --timeout 10s --latency \
    -s "$ROOT/bench/$1" "$BASE" 2>&1
}

warm_up() { # at full load whatever the measured run's pace
  for _ in $(seq 1 "$WARMUP_BURSTS"); do
    THINK_MS=0 CONNECTIONS=$WARMUP_CONNECTIONS run_wrk "$1" "$WARMUP_BURST" > /dev/null; sleep 2
  done
}


cache_counts() { # -> "hits misses" of the users cache (Prometheus counters; "0 0" where a build cannot tell)
  { curl -fs -H "Authorization: Bearer $METRICS_SCRAPE_TOKEN" "$BASE/actuator/prometheus" || true; } | awk '/^cache_gets_total\{.*cache="users".*result="hit"/ {h=$NF}
    /^cache_gets_total\{.*cache="users".*result="miss"/ {m=$NF} END {printf "%d %d\n", h, m}'
}

coach() { # -> e-mail of the scale club's first coach
  local org
  org=$("${PSQL[@]}" -c "SELECT id FROM organizations WHERE subdomain = 'scale'")
  "${PSQL[@]}" -c "SELECT u.email FROM users u JOIN user_organizations m ON m.user_id = u.id
    WHERE m.organization_id = '$org' AND m.role = 'COACH' ORDER BY u.email LIMIT 1"
}
export LOGIN_PASSWORD=Scale-Hockey-2026

login() { # -> access token of the scale club's first coach
  curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$(coach)\",\"password\":\"$LOGIN_PASSWORD\"}" \
    "$BASE/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}

ROWS_OUT=()
RSS_OUT=()
measure() { # label script [hit-ratio]
  local before after out ratio="" gets_before gets
  export TOKEN
  TOKEN=$(login)
  warm_up "$2"
  before=$(cache_counts)
  local name
  name=$(echo "$1" | tr -c 'a-zA-Z0-9' '_' | cut -c1-60)
  gets_before=$(redis_gets)
  out=$(profiled "$1" with_cpu_of "$APP_PID" run_wrk "$2" "$DURATION")
  gets=$(( $(redis_gets) - gets_before ))
  echo "$out" > "$WORK/wrk-$name.txt"
  if [ "${3:-}" = hit-ratio ]; then
    after=$(cache_counts)
    ratio=$(awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " "); h = y[1] - x[1];
      m = y[2] - x[2]; printf "%.1f %% (%d hits, %d misses)", 100 * h / (h + m > 0 ? h + m : 1), h, m }')
  fi
  local bare
  bare=$(baseline_measure fixed.lua "$CONNECTIONS" "$DURATION" "$WORK/ids.txt")
  local requests; requests=$(grep -m1 'requests in' <<<"$out" | awk '{print $1}')
  ROWS_OUT+=("| $1 | $(stat_of "$out" rps) | $(stat_of "$out" p50) | $(stat_of "$out" p99) | $(stat_of "$out" errors) | ${ratio:--} | $(ratio "$(stat_of "$out" rps)" "$(stat_of "$bare" rps)") (bare: $(stat_of "$bare" rps)/s, p99 $(stat_of "$bare" p99)) | $(stat_of "$out" cpu) µs, $(ratio "$(stat_of "$bare" cpu)" "$(stat_of "$out" cpu)") (bare: $(stat_of "$bare" cpu) µs) | $(awk -v g="$gets" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? g / n : 0) }') |")
  echo "${ROWS_OUT[-1]}" >&2
  RSS_OUT+=("$1: $(awk '/^VmRSS/ {r = $2} /^VmHWM/ {h = $2} END {printf "%d MiB resident after the run, peak %d MiB", r / 1024, h / 1024}' "/proc/$APP_PID/status")")
}

redis_gets() { "${REDIS_CLI[@]}" info commandstats | awk -F'[=,]' '/^cmdstat_get:/ {print $2; exit} END {}' | grep . || echo 0; }

clear_cache() { "${REDIS_CLI[@]}" flushall > /dev/null; }

baseline_start
echo "== seeding (first run only) and collecting the $USERS club members' ids" >&2
start_app
# the seed runs after the service reports ready: wait for the scale club and its members
for _ in $(seq 1 600); do
  ORG=$("${PSQL[@]}" -c "SELECT id FROM organizations WHERE subdomain = 'scale'")
  [ -n "$ORG" ] && [ "$("${PSQL[@]}" -c "SELECT count(*) FROM user_organizations WHERE organization_id = '$ORG'")" -ge "$USERS" ] && break
  sleep 1
done
[ -n "$ORG" ] || { echo "the scale club was not seeded (see $WORK/app.log)" >&2; exit 1; }
"${PSQL[@]}" -c "VACUUM ANALYZE users" -c "VACUUM ANALYZE user_organizations"
"${PSQL[@]}" -c "SELECT u.id FROM users u JOIN user_organizations m ON m.user_id = u.id
  WHERE m.organization_id = '$ORG' AND m.deleted_at IS NULL ORDER BY u.id" > "$WORK/ids.txt"
echo "   $(wc -l < "$WORK/ids.txt") users in the scale club" >&2
echo "== warming up the bare endpoint as the service will be ($WARMUP_BURSTS bursts of $WARMUP_BURST)" >&2
baseline_warm_up fixed.lua "$WARMUP_CONNECTIONS" "$WORK/ids.txt" "$WARMUP_BURSTS" "$WARMUP_BURST"

for scenario in $SCENARIOS; do
  echo "== scenario: $scenario" >&2
  case $scenario in
    warm)
      clear_cache; start_app
      measure "GET user by id, 1000 hot ids, Redis cache warm (all levers on)" fixed.lua hit-ratio ;;
    zipf)
      clear_cache; start_app
      measure "GET user by id, Zipf s=1.1 over all $(wc -l < "$WORK/ids.txt") users (cache empty at start)" zipf.lua hit-ratio ;;
    paced)
      clear_cache; start_app
      THINK_MS=$PACED_THINK_MS measure "the same, paced: $CONNECTIONS clients each reading again ~$PACED_THINK_MS ms (exponential) after an answer" fixed.lua hit-ratio ;;
    near-off)
      start_app --hockeyhub.cache.near.caches=
      measure "lever off: near cache (every read a Redis GET and a JSON decode)" fixed.lua ;;
    threads-*)
      # Tomcat's request threads (Spring Boot's default: 200; shared-lib's default: hockeyhub-defaults.properties)
      start_app --server.tomcat.threads.max="${scenario#threads-}"
      measure "Tomcat request threads: ${scenario#threads-}" fixed.lua ;;
    lean)
      # per-request work a JSON API may not need: the filter that parses form bodies of PUT/PATCH/DELETE (the long
      # task timer this scenario also turned off until 2026-12-06 is off by default now)
      start_app --spring.mvc.formcontent.filter.enabled=false
      measure "lever: no form-content filter" fixed.lua ;;
    filter-observations)
      start_app --hockeyhub.security.filter-observations=true
      measure "lever off: Micrometer observations around each security filter (Spring Security's default)" fixed.lua ;;
    list)
      # the club's user list, page by page through the first 100 pages, straight from PostgreSQL (caching off)
      seq 0 99 > "$WORK/pages.txt"
      start_app --hockeyhub.cache.enabled=false
      IDS_FILE="$WORK/pages.txt" PATH_PREFIX="/api/users?organizationId=$ORG&size=20&page=" \
        measure "list: GET /api/users?size=20&page=0..99 of the $USERS-member club, uncached" fixed.lua ;;
    search)
      # full-text search by name prefix (common and rare surnames and first names), uncached
      "${PSQL[@]}" -c "SELECT DISTINCT lower(left(last_name, 4)) FROM users ORDER BY 1 LIMIT 200" > "$WORK/prefixes.txt"
      start_app --hockeyhub.cache.enabled=false
      IDS_FILE="$WORK/prefixes.txt" PATH_PREFIX="/api/users?organizationId=$ORG&size=20&q=" \
        measure "search: GET /api/users?q=<4-letter name prefix>, 200 prefixes, uncached" fixed.lua ;;
    login)
      # Argon2id as configured (Spring Security 5.8 defaults: 16 MiB, 2 iterations, 1 lane) on every request;
      # the per-address login limit raised so the hashing, not the limiter, is measured
      start_app --hockeyhub.rate-limit.auth.capacity=100000000
      LOGIN_EMAIL=$(coach) measure "login: POST /api/auth/login (Argon2id 16 MiB, t=2, p=1)" login.lua ;;
    token-cache)
      start_app --hockeyhub.security.jwt.verified-cache-size=0
      measure "lever off: verified-token cache (RS256 signature checked on every request)" fixed.lua ;;
    no-cache)
      start_app --hockeyhub.cache.enabled=false
      measure "caching disabled (every read from PostgreSQL)" fixed.lua ;;
    redis-down)
      RPORT=$(free_port)
      redis-server --port "$RPORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
      REDIS_PID=$!
      sleep 1
      APP_REDIS_URL="redis://127.0.0.1:$RPORT" start_app
      stop_redis
      measure "Redis stopped (fail-open: every read from PostgreSQL)" fixed.lua ;;
    *) echo "unknown scenario $scenario" >&2; exit 2 ;;
  esac
done
stop_app

# The SQL behind GET /api/users?size=20&page=N and ?q=... (as in bench/user-service-bench.sh), once with the planner
# free to use indexes and once with index scans disabled, which leaves it sequential scans of the same tables; both
# with the services' session settings (shared-lib hockeyhub.db.max-parallel-workers-per-gather, default 0, and
# hockeyhub.db.jit, default off) and as the service's session for the coach states it: the scale club, under
# row-level security (PLAN_CLUB='*' plans as a job would).
PLAN_ROWS=()
if [ "${PLANS:-1}" = 1 ]; then
SESSION="SET max_parallel_workers_per_gather = ${PARALLEL_WORKERS:-0}; SET jit = ${PLAN_JIT:-off};
  SET hockeyhub.organization_id = '${PLAN_CLUB:-$ORG}';"
. bench/user-service-sql.sh  # the scripts run from the repository root
MEMBER=$(club_member)
NO_INDEX="SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off;"
exec_ms() { # settings sql -> best of 3 execution times in ms
  for _ in 1 2 3; do
    "${PSQL[@]}" -c "$SESSION $1 EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) $2" | awk '/Execution Time/ {print $3}'
  done | sort -n | head -1
}
plan() { # label sql
  local with without
  with=$(exec_ms "" "$2"); without=$(exec_ms "$NO_INDEX" "$2")
  PLAN_ROWS+=("| $1 | $with | $without | $(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.0f×", b / a }') |")
  echo "${PLAN_ROWS[-1]}" >&2
}
echo "== EXPLAIN (ANALYZE): indexes vs sequential scans" >&2
plan "user by id" "SELECT * FROM users u WHERE u.id = '$(head -1 "$WORK/ids.txt")' AND u.deleted_at IS NULL"
plan "page of 20 of the club's users by name (page 100)" \
  "SELECT u.id FROM users u WHERE u.deleted_at IS NULL AND $MEMBER ORDER BY u.last_name, u.first_name, u.id LIMIT 20 OFFSET 2000"
# one person: a synthetic user's number, five digits, so the prefix query matches that user alone
ONE=$("${PSQL[@]}" -c "SELECT split_part(email, '.', 1) FROM users WHERE email LIKE 'user5____.%' ORDER BY email LIMIT 1")
for word in $ONE virtanen emma; do  # $ONE is empty below 10 000 users
  plan "full-text search q=$word, page of 20" \
    "WITH u AS MATERIALIZED (SELECT u.id, u.last_name, u.first_name FROM users u WHERE u.deleted_at IS NULL AND $MEMBER AND $(search_word "$word")) SELECT u.id FROM u ORDER BY u.last_name, u.first_name, u.id LIMIT 20"
done
fi

echo
echo "Window: $(date -u +'%F %H:%M') UTC. Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Service: user-service $BENCH_HEAP${JVM_OPTS:+ $JVM_OPTS}, seed profile, $USERS users in one club; caller: a coach of that club (JWT from /api/auth/login)"
echo "Load: wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 10s --latency after $WARMUP_BURSTS warm-up bursts of $WARMUP_BURST with $WARMUP_CONNECTIONS connections (same machine); hit ratio over the measured run"
echo
echo "| scenario | req/s | p50 | p99 | non-2xx | hit ratio | vs bare Spring endpoint, same run | service CPU per request, bare ÷ service | Redis GETs per request |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS_OUT[@]}"
echo
echo "Service memory (/proc/<pid>/status):"
printf '  %s\n' "${RSS_OUT[@]}"
echo
[ "${PLANS:-1}" = 1 ] && echo "Plans: EXPLAIN (ANALYZE), best of 3, session states club ${PLAN_CLUB:-$ORG} (row-level security on), jit ${PLAN_JIT:-off}, parallel workers ${PARALLEL_WORKERS:-0}"
echo
echo "| statement | with indexes (ms) | index scans disabled (ms) | ratio |"
echo "|---|---|---|---|"
printf '%s\n' "${PLAN_ROWS[@]}"
