#!/usr/bin/env bash
# What the one-service benchmarks (payment-bench.sh, training-bench.sh) share, sourced after they set SERVICE
# (e.g. payment-service), NAME (payment), PORT, BENCH_DB, WORK, JAR, BASE and PGHOST: build the service, its own
# database and a throw-away key pair whose tokens bench/mint-token.sh mints; start and stop it on its own port with
# its events on a stream of its own (HH_BENCH_<NAME>), never the suite's; read wrk's figures.

bench_prepare() {
  echo "== building $SERVICE" >&2
  ./mvnw -B -o -q -pl "$SERVICE" -am package -DskipTests
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
  DB_URL="jdbc:postgresql://$PGHOST:5432/$BENCH_DB" java -Xmx512m -jar "$JAR" --server.port="$PORT" \
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

stat_of() { # wrk output, field: rps|p50|p99|errors
  case $2 in
    rps) grep -m1 'Requests/sec' <<<"$1" | awk '{printf "%.0f", $2}' ;;
    p50) grep -m1 ' 50%' <<<"$1" | awk '{print $2}' ;;
    p99) grep -m1 ' 99%' <<<"$1" | awk '{print $2}' ;;
    errors) (grep -m1 'Non-2xx' <<<"$1" || echo "x 0") | awk '{print $NF}' ;;
  esac
}
