#!/usr/bin/env bash
# A/B of the cached read across commits (docs/performance.md, "cache"; issue 14): which change cost what.
#   bench/ab-bench.sh [commit=label ...]
# Builds user-service at each commit (a detached worktree under $BENCH_WORK, first run only), then measures
# GET /api/users/{id} from a warm cache with bench/cache-bench.sh (scenario warm, same database, same wrk script,
# its bare Spring endpoint in the same window) for each commit in turn, ROUNDS times, alternating, so a machine that
# gets slower or faster during the run shows in every variant alike. Prints each run's row and, per variant, the
# median of its requests/s, of its ratio to the bare endpoint and of the service's CPU time per request (which a
# busy shared machine changes least). Prints numbers; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${BENCH_WORK:-/tmp/hh-ab-bench}
ROUNDS=${ROUNDS:-2}
# default variants: before the rate limiter, row-level security and key rotation (2026-11-30); before the
# revocation list and RLS failing closed (2026-12-03); the current build without its near cache, with Spring
# Security's per-filter observations, and as it is
if [ $# -eq 0 ]; then
  set -- "b59e1e8^=before rate limiter, RLS, key rotation" "9217c9a^=before revocation, RLS fail-closed" \
    "HEAD=current, near cache off" "HEAD=current, security filter observations on" "HEAD=current"
fi
mkdir -p "$WORK/jars"

jar_of() { # commit -> path of its user-service jar (built once)
  local sha; sha=$(git rev-parse --short "$1")
  local jar="$WORK/jars/user-service-$sha.jar"
  if [ ! -f "$jar" ]; then
    echo "== building user-service at $sha" >&2
    rm -rf "$WORK/src-$sha"; git worktree prune
    git worktree add -q --detach "$WORK/src-$sha" "$sha"
    (cd "$WORK/src-$sha" && ./mvnw -B -q -pl user-service -am package -DskipTests >&2)
    cp "$WORK/src-$sha"/user-service/target/user-service-0.1.0-SNAPSHOT.jar "$jar"
    git worktree remove --force "$WORK/src-$sha"
  fi
  echo "$jar"
}

declare -A JARS
for variant in "$@"; do JARS[$variant]=$(jar_of "${variant%%=*}"); done
ROWS=()
for round in $(seq 1 "$ROUNDS"); do
  for variant in "$@"; do
    label=${variant#*=}
    extra=()  # the current build's levers, switched off by their settings
    [[ "$label" == *"near cache off"* ]] && extra=(USER_NEAR_CACHES=)
    [[ "$label" == *"filter observations on"* ]] && extra=(HOCKEYHUB_SECURITY_FILTEROBSERVATIONS=true)
    echo "== round $round: $label" >&2
    # a database per commit: an older build refuses a schema that newer migrations changed
    db=hockey_hub_users_ab_$(basename "${JARS[$variant]}" .jar | sed 's/.*-//')
    row=$(env "${extra[@]}" JAR="${JARS[$variant]}" BUILD=0 PLANS=0 SCENARIOS=warm BENCH_WORK="$WORK/run" BENCH_DB="$db" \
      bash bench/cache-bench.sh 2>/dev/null | grep '^| GET user by id' || true)
    ROWS+=("$label|$row")
    echo "   $row" >&2
  done
done

echo
echo "Window: $(date -u +'%F %H:%M') UTC, $ROUNDS rounds alternating; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| variant | req/s per run | median req/s | median ratio to bare | median p99 | median CPU per request (µs) | median bare ÷ service CPU |"
echo "|---|---|---|---|---|---|---|"
for variant in "$@"; do
  label=${variant#*=}
  printf '%s\n' "${ROWS[@]}" | awk -F'|' -v l="$label" '$1 == l && $4 + 0 > 0 {  # a run that printed no row is left out
      rps[++n] = $4 + 0; p99[n] = $6; r = $9; sub(/×.*/, "", r); ratio[n] = r + 0
      c = $10; cpu[n] = c + 0; sub(/^[^,]*, */, "", c); sub(/×.*/, "", c); cpuratio[n] = c + 0 }
    function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    END { runs = ""; for (i = 1; i <= n; i++) { runs = runs (i > 1 ? ", " : "") rps[i]; p[i] = p99[i] + 0 }
      printf "| %s | %s | %.0f | %.2f× | %.1f ms | %.0f | %.2f× |\n", l, runs, median(rps, n), median(ratio, n),
        median(p, n), median(cpu, n), median(cpuratio, n) }'
done
