#!/usr/bin/env bash
# What the one-service benchmarks (payment-, training-, calendar-, medical-bench.sh) share, sourced after they set
# SERVICE (e.g. payment-service), NAME (payment), PORT, BENCH_DB, WORK, JAR, BASE, CONNECTIONS, DURATION and PGHOST
# (and bench/baseline.sh): build the service, its own database and a throw-away key pair whose tokens
# bench/mint-token.sh mints; start and stop it on its own port with its events on a stream of its own
# (HH_BENCH_<NAME>), never the suite's; drive a read with wrk; read wrk's figures; collect the table's rows, each
# throughput row with its ratio to the bare Spring endpoint measured right after it; print the table.

# shellcheck source=bench/baseline.sh
. bench/baseline.sh

# bench_open [extra tool…]: how every one-service bench opens: check the tools it needs, build the service, its
# database and key pair (bench_prepare), stop the service, the bare app and BENCH_CLEANUP (a command, if set) on exit,
# and start the bare endpoint with the same JIT warm-up the service gets (bench_baseline_up)
bench_open() {
  local tool
  for tool in wrk openssl psql java curl "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
  done
  bench_prepare
  trap 'bench_close' EXIT
  bench_baseline_up
}
bench_close() { ${BENCH_CLEANUP:-true}; stop_app; baseline_stop; }

bench_prepare() {
  if [ "${BUILD:-1}" = 1 ]; then   # BUILD=0 with JAR=…: measure a jar built elsewhere (an A/B against an older commit)
    echo "== building $SERVICE" >&2
    ./mvnw -B -o -q -pl "$SERVICE" -am package -DskipTests
  fi
  psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'" | grep -q 1 \
    || psql -d postgres -qc "CREATE DATABASE $BENCH_DB"
  [ -f "$WORK/key.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
  openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/public.pem"
}

APP_PID=
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi; }
start_app() { # extra --key=value arguments
  local stream
  stream=$(tr '[:lower:]' '[:upper:]' <<<"$NAME")
  stop_app
  # shellcheck disable=SC2086 # BENCH_HEAP and JVM_OPTS (bench/baseline.sh: the bare app's too) hold several options
  DB_URL="jdbc:postgresql://$PGHOST:5432/$BENCH_DB" java $BENCH_HEAP $JVM_OPTS -jar "$JAR" --server.port="$PORT" \
    --hockeyhub.security.jwt.public-key="$(cat "$WORK/public.pem")" \
    --hockeyhub.cache.key-prefix="hh:bench-$NAME:" --hockeyhub.rate-limit.writes.capacity=10000000 \
    --hockeyhub.events.stream="HH_BENCH_$stream" --hockeyhub.events.dlq-stream="HH_BENCH_${stream}_DLQ" \
    --hockeyhub.events.subject-prefix="hhbench.$NAME.events" --hockeyhub.events.dlq-prefix="hhbench.$NAME.dlq" \
    --hockeyhub.events.query-prefix="hhbench.$NAME.query" --hockeyhub.events.stream-max-age=2h \
    --logging.level.root=WARN "$@" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "$SERVICE did not become ready" >&2; exit 1
}


# hot_read <ids file> <path prefix> [path suffix]: wrk's output for GET <prefix><id><suffix>, round robin over the
# first HOT ids of the file (bench/fixed.lua), with the caller's TOKEN
hot_read() {
  IDS_FILE="$1" PATH_PREFIX="$2" PATH_SUFFIX="${3:-}" HOT=${HOT:-1000} wrk -t2 -c"$CONNECTIONS" -d"$DURATION" \
    --timeout 10s --latency -s "$ROOT/bench/fixed.lua" "$BASE" 2>&1
}

# warm_up <command…>: the JIT warm-up the bare endpoint also gets (bench_baseline_up), WARMUP_BURSTS (default 6) runs
# of the measured read of WARMUP_BURST (default 15s) each, then more, up to WARMUP_MAX_BURSTS (default twice as many),
# while a burst still gains more than 5 % on the one before; each burst's req/s goes to stderr. On two cores one window
# is far from enough: a fresh service's throughput still doubles from one 10 s window to the next, and a read through
# Hibernate kept gaining for minutes (communication history: 315/s in the first burst, 1,200/s eight minutes later,
# C2 still compiling)
warm_up() {
  local i rps last=0 max=${WARMUP_MAX_BURSTS:-$((2 * ${WARMUP_BURSTS:-6}))}
  for i in $(seq 1 "$max"); do
    rps=$(stat_of "$(DURATION=${WARMUP_BURST:-15s} "$@")" rps)
    echo "   warm-up burst $i: ${rps:-?} req/s" >&2
    if [ "$i" -ge "${WARMUP_BURSTS:-6}" ] && ! awk -v r="${rps:-0}" -v l="$last" 'BEGIN { exit !(r > l * 1.05) }'; then
      break
    fi
    last=${rps:-0}
  done
}

# the bare endpoint (bench/baseline.sh) started and given the JIT warm-up the service gets before its measured runs
bench_baseline_up() {
  baseline_start
  echo 00000000-0000-0000-0000-000000000001 > "$WORK/baseline-ids.txt"
  baseline_warm_up fixed.lua "$CONNECTIONS" "$WORK/baseline-ids.txt" "${BASELINE_WARMUP_BURSTS:-${WARMUP_BURSTS:-6}}" \
    "${WARMUP_BURST:-15s}"
}

# versus_bare <measured rps> [wrk script, default fixed.lua]: the bare endpoint by the same script, connections and
# ids (BARE_IDS, default the one baseline id; the first HOT of them), now (the machine is shared):
# "<ratio> (bare: <rps>/s)"
versus_bare() {
  local bare
  bare=$(stat_of "$(HOT=${HOT:-1000} baseline_measure "${2:-fixed.lua}" "$CONNECTIONS" "$DURATION" \
    "${BARE_IDS:-$WORK/baseline-ids.txt}")" rps)
  echo "$(ratio "$1" "$bare") (bare: $bare/s)"
}

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | ${6:--} |"); echo "${ROWS[-1]}" >&2; }
# row_of <measurement> <wrk output> [wrk script for the bare run]: a throughput row with its ratio to bare
row_of() {
  row "$1" "$(stat_of "$2" rps)" "$(stat_of "$2" p50)" "$(stat_of "$2" p99)" "$(stat_of "$2" errors)" \
    "$(versus_bare "$(stat_of "$2" rps)" "${3:-fixed.lua}")"
}
# bench_table <title> [p50 column heading]: the rows collected so far as a markdown table, after the machine's load
# (a shared machine's figures are read as ratios; the load says how shared it was)
bench_table() {
  echo
  echo "$1"
  echo
  echo "Machine at the end of the run: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')."
  echo
  echo "| measurement | per second | ${2:-p50} | p99 | non-2xx | vs bare Spring endpoint, same run |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
}
