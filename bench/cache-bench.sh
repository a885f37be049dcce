#!/usr/bin/env bash
# Cache benchmark (docs/performance.md, section "cache"). One command:
#   bench/cache-bench.sh            # against shared-lib's test application (cached GET /api/test-catalog/{id})
# Starts the application once per scenario (cache on/off, verified-token cache on/off, Redis down), seeds 100k rows,
# warms up in bursts, measures with wrk -t2 -c50 and prints a markdown table. Needs: PostgreSQL/Redis as in
# architecture.md "Local services", wrk (apt-get install -y wrk), openssl, redis-server. Env knobs below.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-18090}
ROWS=${ROWS:-100000}
DURATION=${DURATION:-20s}
WARMUP_BURSTS=${WARMUP_BURSTS:-4}
WARMUP_BURST=${WARMUP_BURST:-15s}
CONNECTIONS=${CONNECTIONS:-50}
DB=${BENCH_DB:-hh_bench_cache}
WORK=${BENCH_WORK:-/tmp/hh-bench-cache}
export PGPASSWORD=${DB_PASSWORD:-hockeyhub}
PSQL=(psql -h 127.0.0.1 -U "${DB_USER:-hockeyhub}" -v ON_ERROR_STOP=1 -qAt)
mkdir -p "$WORK"

echo "== building the test application classpath" >&2
./mvnw -B -o -q test-compile -pl shared-lib
./mvnw -B -o -q dependency:build-classpath -pl shared-lib -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="$ROOT/shared-lib/target/test-classes:$ROOT/shared-lib/target/classes:$(cat "$WORK/cp.txt")"

[ -f "$WORK/key.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem"
TOKEN=$("$ROOT/bench/mint-token.sh" "$WORK/key.pem" super_admin)
export TOKEN

"${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"

APP_PID=
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi; }
REDIS_PID=
stop_redis() { if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID" 2>/dev/null || true; wait "$REDIS_PID" 2>/dev/null || true; REDIS_PID=; fi; }
trap 'stop_app; stop_redis' EXIT

start_app() { # extra --key=value arguments
  stop_app
  java -Xmx512m -cp "$CP" com.hockeyhub.shared.FoundationTestApplication \
    --server.port="$PORT" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --hockeyhub.security.jwt.public-key="$(cat "$WORK/pub.pem")" --hockeyhub.cache.warm= \
    --hockeyhub.cache.key-prefix="hh:bench:" --logging.level.root=WARN "$@" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "application did not become ready" >&2; exit 1
}

run_wrk() { # script duration -> wrk output
  IDS_FILE="$WORK/ids.txt" PATH_PREFIX=/api/test-catalog/ wrk -t2 -c"$CONNECTIONS" -d"$2" --timeout 10s --latency \
    -s "$ROOT/bench/$1" "http://127.0.0.1:$PORT" 2>&1
}

warm_up() { for _ in $(seq 1 "$WARMUP_BURSTS"); do run_wrk "$1" "$WARMUP_BURST" > /dev/null; sleep 2; done; }

stat_of() { # wrk output, field: rps|p50|p99|errors
  case $2 in
    rps) grep -m1 'Requests/sec' <<<"$1" | awk '{printf "%.0f", $2}' ;;
    p50) grep -m1 ' 50%' <<<"$1" | awk '{print $2}' ;;
    p99) grep -m1 ' 99%' <<<"$1" | awk '{print $2}' ;;
    errors) (grep -m1 'Non-2xx' <<<"$1" || echo "x 0") | awk '{print $NF}' ;;
  esac
}

cache_counts() { # -> "hits misses" of tc-items from /actuator/cachestats
  curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/actuator/cachestats" \
    | python3 -c 'import json,sys; c=json.load(sys.stdin)["caches"].get("tc-items",{}); print(c.get("hits",0), c.get("misses",0))'
}

ROWS_OUT=()
measure() { # label script [hit-ratio]
  local before after out ratio=""
  warm_up "$2"
  before=$(cache_counts 2>/dev/null || echo "0 0")
  out=$(run_wrk "$2" "$DURATION")
  echo "$out" > "$WORK/wrk-$(echo "$1" | tr -c 'a-zA-Z0-9' '_').txt"
  if [ "${3:-}" = hit-ratio ]; then
    after=$(cache_counts)
    ratio=$(python3 -c "b='$before'.split(); a='$after'.split(); h=int(a[0])-int(b[0]); m=int(a[1])-int(b[1]); print(f'{100*h/max(1,h+m):.1f}%')")
  fi
  ROWS_OUT+=("| $1 | $(stat_of "$out" rps) | $(stat_of "$out" p50) | $(stat_of "$out" p99) | $(stat_of "$out" errors) | ${ratio:--} |")
  echo "${ROWS_OUT[-1]}" >&2
}

echo "== scenario 1: seed and cache on (Redis), verified-token cache on" >&2
start_app
count=$("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM cache_test_items")
if [ "$count" -lt "$ROWS" ]; then
  "${PSQL[@]}" -d "$DB" -c "INSERT INTO cache_test_items (id, organization_id, name, price, kind)
    SELECT gen_random_uuid(), '0190c0de-0000-7000-8000-0000000000bb', 'Bench item ' || g, 10 + g % 90, 'STICK'
    FROM generate_series(1, $ROWS - $count) g"
fi
"${PSQL[@]}" -d "$DB" -c "SELECT id FROM cache_test_items" > "$WORK/ids.txt"
redis-cli --scan --pattern 'hh:bench:*' | xargs -r -n 500 redis-cli del > /dev/null
measure "GET by id, 1000 hot ids, Redis cache warm" fixed.lua
measure "GET by id, Zipf s=1.1 over $(wc -l < "$WORK/ids.txt") ids (cold start)" zipf.lua hit-ratio

echo "== scenario 2: verified-token cache off" >&2
start_app --hockeyhub.security.jwt.verified-cache-size=0
measure "GET by id, 1000 hot ids, Redis cache warm, every token signature verified" fixed.lua

echo "== scenario 3: caching disabled" >&2
start_app --hockeyhub.cache.enabled=false
measure "GET by id, 1000 hot ids, caching disabled (PostgreSQL read)" fixed.lua

echo "== scenario 4: Redis down" >&2
RPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
redis-server --port "$RPORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize no > "$WORK/redis.log" 2>&1 &
REDIS_PID=$!
sleep 1
start_app --spring.data.redis.url="redis://127.0.0.1:$RPORT"
stop_redis
measure "GET by id, 1000 hot ids, Redis stopped (fail-open to PostgreSQL)" fixed.lua
stop_app

echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Load: wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 10s --latency, after $WARMUP_BURSTS warm-up bursts of $WARMUP_BURST; same machine"
echo
echo "| scenario | req/s | p50 | p99 | non-2xx | hit ratio |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS_OUT[@]}"
