#!/usr/bin/env bash
# The bare Spring endpoint every benchmark reports its throughput against (README "Numbers in docs"): sourced by the
# bench scripts. baseline_measure runs the caller's wrk script and settings against GET /baseline/{id} of a plain
# Spring Boot 4 MVC app (bench/baseline: one @GetMapping returning a record; no security, database or cache) in the
# same window as the measured endpoint, so a shared, noisy machine shows as a ratio rather than as a regression.
# a free port unless set: benches running side by side each measure their own baseline app
BASELINE_PORT=${BASELINE_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
BASELINE_JAR=bench/baseline/target/bench-baseline-0.1.0-SNAPSHOT.jar
BASELINE_PID=
# the heap options of the measured service and the bare app alike (default -Xmx512m, the JVM sizing the heap below
# it; docs/performance.md "cache", "A fixed heap" for -Xms equal to -Xmx and what that costs in memory); JVM_OPTS
# adds other options to both
BENCH_HEAP=${BENCH_HEAP:--Xmx512m}
JVM_OPTS=${JVM_OPTS:-}

baseline_build() {
  [ -f "$BASELINE_JAR" ] && [ ! bench/baseline/src/main/java/com/hockeyhub/bench/BaselineApplication.java -nt "$BASELINE_JAR" ] \
    || ./mvnw -B -o -q -f bench/baseline/pom.xml package -DskipTests
}

baseline_start() { # same JVM options as the measured service
  baseline_build
  # another bench's baseline on the port would answer for ours (and vanish when that bench ends)
  if (exec 3<>"/dev/tcp/127.0.0.1/$BASELINE_PORT") 2>/dev/null; then
    echo "port $BASELINE_PORT is taken (another bench's baseline?): set BASELINE_PORT" >&2; return 1
  fi
  # shellcheck disable=SC2086 # BENCH_HEAP and JVM_OPTS hold several options
  java $BENCH_HEAP $JVM_OPTS -jar "$BASELINE_JAR" --server.port="$BASELINE_PORT" --logging.level.root=WARN \
    > "${WORK:-/tmp}/baseline.log" 2>&1 &
  BASELINE_PID=$!
  for _ in $(seq 1 120); do
    kill -0 "$BASELINE_PID" 2>/dev/null || { tail -20 "${WORK:-/tmp}/baseline.log" >&2; return 1; }
    curl -fs "http://127.0.0.1:$BASELINE_PORT/baseline/00000000-0000-0000-0000-000000000001" >/dev/null 2>&1 && return 0
    kill -0 "$BASELINE_PID" 2>/dev/null || { tail -20 "${WORK:-/tmp}/baseline.log" >&2; return 1; }
    sleep 0.5
  done
  echo "the baseline app did not start" >&2; return 1
}

baseline_stop() {
  if [ -n "$BASELINE_PID" ]; then kill "$BASELINE_PID" 2>/dev/null || true; wait "$BASELINE_PID" 2>/dev/null || true; fi
  BASELINE_PID=
}

# baseline_measure <wrk script> <connections> <duration> <ids file>: wrk's output for GET /baseline/{id}
# (a short warm-up first, as the measured service had), with the app's CPU time over the measured run. Measured
# BARE_RUNS times (default 2) and the fastest run kept: the fastest of two only ever makes a ratio smaller. (The
# "first bare run far too low" of docs/performance.md, 2,792/s next to 21,253/s, was a bare app never warmed up:
# fixed.lua stopped wrk when no token was set yet; fixed on 2026-12-06.)
baseline_measure() {
  IDS_FILE="$4" PATH_PREFIX=/baseline/ PATH_SUFFIX= wrk -t2 -c"$2" -d5s --timeout 10s -s "bench/$1" \
    "http://127.0.0.1:$BASELINE_PORT" >/dev/null 2>&1 || true
  local out best="" best_rps=-1 rps
  for _ in $(seq 1 "${BARE_RUNS:-2}"); do
    out=$(with_cpu_of "$BASELINE_PID" env IDS_FILE="$4" PATH_PREFIX=/baseline/ PATH_SUFFIX= wrk -t2 -c"$2" -d"$3" \
      --timeout 10s --latency -s "bench/$1" "http://127.0.0.1:$BASELINE_PORT")
    rps=$(stat_of "$out" rps)
    if [ "${rps:-0}" -gt "$best_rps" ]; then best=$out; best_rps=${rps:-0}; fi
  done
  echo "$best"
}
# PROFILE=jfr: profiled <label> <command…> records the service (APP_PID) with Java Flight Recorder (CPU samples,
# lock and park events) while the command runs, prints its hot methods, contention sites and threads' CPU with the
# newest JDK's `jfr view` to stderr and keeps the recording as $WORK/<label>.jfr (JFR's profile settings slow a service
# several times over). PROFILE=async samples the service's CPU with async-profiler instead (attached and detached with
# jcmd, every 0.5 ms; little overhead), prints bench/cpu-shares.py's table of where the request threads' time went and
# keeps the stacks as $WORK/<label>.collapsed. PROFILE=alloc samples the service's heap allocations (bytes, one sample
# per 64 KB allocated) and prints bench/alloc-shares.py's table of what allocates. Without PROFILE it only runs the
# command. Its output is the command's.
PROFILE=${PROFILE:-}
JFR_TOOL=${JFR_TOOL:-$(ls -d /usr/lib/jvm/*/bin/jfr 2>/dev/null | sort -V | tail -1)}
ASYNC_PROFILER_VERSION=${ASYNC_PROFILER_VERSION:-4.1}
async_profiler() { # -> path of libasyncProfiler.so (tools.profiler:async-profiler from Maven Central, unpacked once)
  local dir=${WORK:-/tmp}/async-profiler-$ASYNC_PROFILER_VERSION jar
  jar=~/.m2/repository/tools/profiler/async-profiler/$ASYNC_PROFILER_VERSION/async-profiler-$ASYNC_PROFILER_VERSION.jar
  if [ ! -f "$dir/linux-x64/libasyncProfiler.so" ]; then
    [ -f "$jar" ] || ./mvnw -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION" >&2
    mkdir -p "$dir" && unzip -q -o "$jar" 'linux-x64/*' -d "$dir"
  fi
  echo "$dir/linux-x64/libasyncProfiler.so"
}
profiled() {
  local label=$1 name; shift
  name=$(echo "$label" | tr -c 'a-zA-Z0-9' '_' | cut -c1-60)
  case "$PROFILE" in
    jfr)
      jcmd "$APP_PID" JFR.start name=bench settings=profile > /dev/null
      "$@"
      jcmd "$APP_PID" JFR.stop name=bench filename="${WORK:-/tmp}/$name.jfr" > /dev/null
      { echo "== JFR of: $label (${WORK:-/tmp}/$name.jfr)"
        for view in hot-methods contention-by-site thread-cpu-load; do
          "$JFR_TOOL" view --width 200 "$view" "${WORK:-/tmp}/$name.jfr"
        done
      } >&2 ;;
    async|alloc)
      local lib event=cpu,interval=500us file=$name.collapsed output=collapsed shares=bench/cpu-shares.py what="CPU samples"
      if [ "$PROFILE" = alloc ]; then
        event=alloc,alloc=64k file=$name.alloc.collapsed output=collapsed,total shares=bench/alloc-shares.py
        what="allocations (bytes)"
      fi
      lib=$(async_profiler)
      # jcmd hands the agent its options as one quoted argument
      jcmd "$APP_PID" JVMTI.agent_load "$lib" "\"start,event=$event\"" > /dev/null
      "$@"
      jcmd "$APP_PID" JVMTI.agent_load "$lib" "\"stop,file=${WORK:-/tmp}/$file,$output\"" > /dev/null
      { echo "== async-profiler $what of: $label (${WORK:-/tmp}/$file)"
        python3 "$shares" "${WORK:-/tmp}/$file"
      } >&2 ;;
    *) "$@" ;;
  esac
}
# cpu_ticks <pid...>: the CPU time (user + system, in clock ticks) the processes have used so far, summed
cpu_ticks() {
  local pid total=0
  for pid in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}
# with_cpu_of <pid> <command...>: the command's output, then "CPU ticks: N", the CPU time (user + system, in clock
# ticks) process <pid> used while the command ran. CPU per request is what a busy, shared machine changes least.
with_cpu_of() {
  local pid=$1 before after; shift
  before=$(cpu_ticks "$pid")
  "$@" 2>&1 || true
  after=$(cpu_ticks "$pid")
  echo "CPU ticks: $((after - before))"
}

# stat_of <wrk output> <field>: rps | p50 | p99 | errors | cpu (µs of the app's CPU per request, from with_cpu_of)
stat_of() {
  case $2 in
    rps) grep -m1 'Requests/sec' <<<"$1" | awk '{printf "%.0f", $2}' ;;
    p50) grep -m1 ' 50%' <<<"$1" | awk '{print $2}' ;;
    p99) grep -m1 ' 99%' <<<"$1" | awk '{print $2}' ;;
    errors) (grep -m1 'Non-2xx' <<<"$1" || echo "x 0") | awk '{print $NF}' ;;
    cpu) awk -v hz="$(getconf CLK_TCK)" '/requests in/ {n = $1} /^CPU ticks:/ {t = $3}
      END { if (n > 0 && t != "") printf "%.0f", t * 1000000 / hz / n; else print "n/a" }' <<<"$1" ;;
  esac
}

# baseline_warm_up <wrk script> <connections> <ids file> <bursts> <burst>: the JIT warm-up the measured service had
baseline_warm_up() {
  for _ in $(seq 1 "$4"); do
    IDS_FILE="$3" PATH_PREFIX=/baseline/ PATH_SUFFIX= wrk -t2 -c"$2" -d"$5" --timeout 10s -s "bench/$1" \
      "http://127.0.0.1:$BASELINE_PORT" >/dev/null 2>&1 || true
    sleep 2
  done
}

# ratio <measured rps> <baseline rps>: "0.23×"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "n/a"; else if (a / b < 0.1) printf "%.3f×", a / b; else printf "%.2f×", a / b }'; }
