#!/usr/bin/env bash
# statistics-service benchmark (docs/performance.md, section "statistics-service"). One command:
#   bench/statistics-bench.sh            (SEASONS=5 DAYS=800 bench/statistics-bench.sh: a smaller league)
# Starts statistics-service on its own database and port (never the dev ones), loads the synthetic league once
# (bench/statistics-bench-data.sql; SEASONS=10 and DAYS=1600 by default: 20,000 games, 1,000,000 player-game rows,
# 2,000,000 workload rows; each season holds 2,000 games whatever SEASONS is; the bench database keeps the league it
# was first loaded with: BENCH_DB=another name for another size), then
# prints markdown tables: the concurrent refresh time of both views; BRIN vs B-tree size and range-query time on the
# time columns, with and without monthly partitions; and wrk p50/p99/throughput of the hottest reads — standings and
# leaderboard (cached, from the views), player trends (cached, and uncached) and standings uncached — also while the views are
# being refreshed in a loop (readers never wait for a refresh). Prints numbers; asserts nothing.
# Its events go to a stream of its own (HH_BENCH_STATISTICS, bench/service-bench.sh), never the suite's
# HOCKEYHUB_EVENTS: the bench instance must not take the dev service's workout or injury events.
# Needs PostgreSQL/Redis/NATS as in architecture.md "Local services", wrk (apt-get install -y wrk), openssl, java 17.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-18098}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-20}
SEASONS=${SEASONS:-10}
DAYS=${DAYS:-1600}
[ "$SEASONS" -ge 3 ] && [ "$SEASONS" -le 10 ] || { echo "SEASONS must be 3-10 (the queries read 2023-2024)" >&2; exit 1; }
[ "$DAYS" -ge 660 ] && [ "$DAYS" -le 1600 ] || { echo "DAYS must be 660-1600 (the queries read March 2024)" >&2; exit 1; }
BENCH_DB=${BENCH_DB:-hockey_hub_statistics_bench}
WORK=${BENCH_WORK:-/tmp/hh-statistics-bench}
ORG=0190d000-0000-7000-8000-00000000b001
JAR=${JAR:-statistics-service/target/statistics-service-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub}
# the bench's loads, reads and refreshes span the club tables: row-level security shows a session that states no club
# nothing (and a view refreshed by such a session would come out empty)
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
PSQL=(psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt)
mkdir -p "$WORK"
SERVICE=statistics-service NAME=statistics
LOOP_PID=
stop_loop() { if [ -n "$LOOP_PID" ]; then kill "$LOOP_PID" 2>/dev/null || true; wait "$LOOP_PID" 2>/dev/null || true; LOOP_PID=; fi; }
BENCH_CLEANUP=stop_loop
# shellcheck source=bench/service-bench.sh
. bench/service-bench.sh
bench_open

timed() { # SQL -> milliseconds (psql \timing)
  psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt -c '\timing on' -c "$1" | awk '/^Time:/ {print $2}' | tail -1
}

plan_ms() { # SQL (a SELECT) -> execution time of EXPLAIN ANALYZE, best of 3
  local best=""
  for _ in 1 2 3; do
    t=$("${PSQL[@]}" -c "EXPLAIN (ANALYZE, TIMING OFF) $1" | awk '/Execution Time/ {print $3}')
    best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (a == "" || b < a) ? b : a }')
  done
  echo "$best"
}

echo "== starting statistics-service (migrates the bench database)" >&2
start_app
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM games WHERE organization_id = '$ORG'")" = 0 ]; then
  echo "== loading the synthetic league (first run only; a few minutes)" >&2
  "${PSQL[@]}" -v org="$ORG" -v seasons="$SEASONS" -v days="$DAYS" -f bench/statistics-bench-data.sql > /dev/null
  "${PSQL[@]}" -c "VACUUM ANALYZE games" -c "VACUUM ANALYZE player_game_stats" -c "VACUUM ANALYZE workload_entries"
fi
"${PSQL[@]}" -v org="$ORG" -f bench/statistics-bench-roster.sql > /dev/null
N_GAMES=$("${PSQL[@]}" -c "SELECT count(*) FROM games WHERE organization_id = '$ORG'")
N_LINES=$("${PSQL[@]}" -c "SELECT count(*) FROM player_game_stats WHERE organization_id = '$ORG'")
N_WORK=$("${PSQL[@]}" -c "SELECT count(*) FROM workload_entries WHERE organization_id = '$ORG'")
VOLUMES="$N_GAMES games, $N_LINES player-game rows, $N_WORK workload rows"
echo "   $VOLUMES" >&2
START="$(date -u +'%F %H:%M') UTC, load: $(uptime | sed 's/.*load average: //')"
echo
echo "statistics-service, $VOLUMES, $(nproc) cores, from $START:"

# HTTP_ONLY=1: the HTTP reads only (skips the refresh timing, the BRIN/partition experiments and the SQL plans)
if [ -z "${HTTP_ONLY:-}" ]; then
echo "== concurrent refresh" >&2
R1=$(timed "REFRESH MATERIALIZED VIEW CONCURRENTLY standings_mv")
R2=$(timed "REFRESH MATERIALIZED VIEW CONCURRENTLY player_season_stats_mv")
echo
echo "| view refresh (CONCURRENTLY) | ms |"
echo "|---|---|"
echo "| standings_mv ($("${PSQL[@]}" -c "SELECT count(*) FROM standings_mv") rows) | $R1 |"
echo "| player_season_stats_mv ($("${PSQL[@]}" -c "SELECT count(*) FROM player_season_stats_mv") rows) | $R2 |"

echo "== BRIN vs B-tree, partitions" >&2
WEEK="occurred_at >= '2024-03-04' AND occurred_at < '2024-03-11'"
MONTH="occurred_at >= '2024-03-01' AND occurred_at < '2024-04-01'"
GWEEK="played_at >= '2024-01-08' AND played_at < '2024-01-15'"
Q_WEEK="SELECT count(*), sum(load) FROM workload_entries WHERE $WEEK"
Q_MONTH="SELECT count(*), sum(load) FROM workload_entries WHERE $MONTH"
Q_GAMES="SELECT count(*), sum(goals) FROM player_game_stats WHERE $GWEEK"
size() { "${PSQL[@]}" -c "SELECT pg_size_pretty(pg_relation_size('$1'))"; }
BRIN_W=$(plan_ms "$Q_WEEK"); BRIN_M=$(plan_ms "$Q_MONTH"); BRIN_G=$(plan_ms "$Q_GAMES")
BRIN_WS=$(size workload_entries_occurred_brin); BRIN_GS=$(size player_game_stats_played_at_brin)
"${PSQL[@]}" -c "CREATE INDEX IF NOT EXISTS bench_workload_btree ON workload_entries (occurred_at)" \
  -c "CREATE INDEX IF NOT EXISTS bench_pgs_btree ON player_game_stats (played_at)" -c "ANALYZE workload_entries" \
  -c "ANALYZE player_game_stats"
BT_WS=$(size bench_workload_btree); BT_GS=$(size bench_pgs_btree)
without_brin() { # SELECT -> ms with the BRIN indexes dropped (in a rolled-back transaction)
  local best=""
  for _ in 1 2 3; do
    t=$("${PSQL[@]}" -c "BEGIN" -c "DROP INDEX workload_entries_occurred_brin" \
      -c "DROP INDEX player_game_stats_played_at_brin" -c "EXPLAIN (ANALYZE, TIMING OFF) $1" -c "ROLLBACK" \
      | awk '/Execution Time/ {print $3}')
    best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (a == "" || b < a) ? b : a }')
  done
  echo "$best"
}
BT_W=$(without_brin "$Q_WEEK"); BT_M=$(without_brin "$Q_MONTH"); BT_G=$(without_brin "$Q_GAMES")
"${PSQL[@]}" -c "DROP INDEX bench_workload_btree" -c "DROP INDEX bench_pgs_btree"
SCAN_W=$("${PSQL[@]}" -c "BEGIN" -c "DROP INDEX workload_entries_occurred_brin" \
  -c "EXPLAIN (ANALYZE, TIMING OFF) $Q_WEEK" -c "ROLLBACK" | awk '/Execution Time/ {print $3}')

# the same workload rows in monthly partitions (BRIN on each), to see whether partitions pay
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM pg_class WHERE relname = 'bench_workload_monthly'")" = 0 ]; then
  "${PSQL[@]}" -c "CREATE TABLE bench_workload_monthly (LIKE workload_entries) PARTITION BY RANGE (occurred_at)" \
    -c "DO \$\$ DECLARE m date := date '2021-08-01'; BEGIN WHILE m < date '2026-02-01' LOOP
          EXECUTE format('CREATE TABLE %I PARTITION OF bench_workload_monthly FOR VALUES FROM (%L) TO (%L)',
                         'bench_workload_' || to_char(m, 'YYYYMM'), m, m + interval '1 month');
          m := m + interval '1 month'; END LOOP; END \$\$" \
    -c "INSERT INTO bench_workload_monthly SELECT * FROM workload_entries WHERE organization_id = '$ORG'" \
    -c "CREATE INDEX ON bench_workload_monthly USING brin (occurred_at)" -c "ANALYZE bench_workload_monthly"
fi
P_W=$(plan_ms "${Q_WEEK/workload_entries/bench_workload_monthly}")
P_M=$(plan_ms "${Q_MONTH/workload_entries/bench_workload_monthly}")
part_index_size() { # access method (brin|btree) -> total size of that kind of index over all partitions
  "${PSQL[@]}" -c "SELECT pg_size_pretty(coalesce(sum(pg_relation_size(i.indexrelid)), 0)) FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
    JOIN pg_inherits h ON h.inhrelid = i.indrelid JOIN pg_class p ON p.oid = h.inhparent
    WHERE p.relname = 'bench_workload_monthly' AND a.amname = '$1'"
}
P_SIZE=$(part_index_size brin)
# the same partitions with a B-tree instead of the BRIN (BRIN dropped in a rolled-back transaction, as above)
"${PSQL[@]}" -c "CREATE INDEX IF NOT EXISTS bench_workload_monthly_btree ON bench_workload_monthly (occurred_at)" \
  -c "ANALYZE bench_workload_monthly"
P_BT_SIZE=$(part_index_size btree)
P_BRIN=$("${PSQL[@]}" -c "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_am a ON a.oid = c.relam WHERE i.indrelid = 'bench_workload_monthly'::regclass AND a.amname = 'brin' LIMIT 1")
partitions_btree() { # SELECT on workload_entries -> ms on the partitions with their B-tree only, best of 3
  local best=""
  for _ in 1 2 3; do
    t=$("${PSQL[@]}" -c "BEGIN" -c "DROP INDEX $P_BRIN" \
      -c "EXPLAIN (ANALYZE, TIMING OFF) ${1/workload_entries/bench_workload_monthly}" -c "ROLLBACK" \
      | awk '/Execution Time/ {print $3}')
    best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (a == "" || b < a) ? b : a }')
  done
  echo "$best"
}
P_BT_W=$(partitions_btree "$Q_WEEK"); P_BT_M=$(partitions_btree "$Q_MONTH")
"${PSQL[@]}" -c "DROP INDEX bench_workload_monthly_btree"
echo
echo "| time-range query | BRIN | B-tree | no index (seq scan) | monthly partitions + BRIN | monthly partitions + B-tree |"
echo "|---|---|---|---|---|---|"
echo "| index size, workload_entries.occurred_at ($N_WORK rows) | $BRIN_WS | $BT_WS | - | $P_SIZE (all partitions) | $P_BT_SIZE (all partitions) |"
echo "| index size, player_game_stats.played_at ($N_LINES rows) | $BRIN_GS | $BT_GS | - | - | - |"
echo "| workload, one week (~8,750 rows), ms | $BRIN_W | $BT_W | $SCAN_W | $P_W | $P_BT_W |"
echo "| workload, one month (~38,750 rows), ms | $BRIN_M | $BT_M | - | $P_M | $P_BT_M |"
echo "| player-game lines, one week, ms | $BRIN_G | $BT_G | - | - | - |"

echo "== the reads' SQL (EXPLAIN ANALYZE, best of 3)" >&2
PLAYER=$("${PSQL[@]}" -c "SELECT player_id FROM player_game_stats WHERE organization_id = '$ORG' AND season = '2025-2026'
  LIMIT 1")
S_SQL="SELECT s.*, d.name FROM standings_mv s JOIN divisions d ON d.id = s.division_id WHERE s.organization_id = '$ORG'
  AND s.season = '2025-2026' ORDER BY d.name, s.division_id, s.points DESC, s.goals_for - s.goals_against DESC,
  s.goals_for DESC, lower(s.team_name)"
L_SQL="SELECT rank() OVER (ORDER BY sum(points) DESC), player_id, sum(points) FROM player_season_stats_mv
  WHERE organization_id = '$ORG' AND season = '2025-2026' GROUP BY player_id HAVING sum(games_played) >= 1
  ORDER BY sum(points) DESC, sum(games_played), player_id LIMIT 20"
T_SQL="SELECT game_id, played_at, points, round(avg(points) OVER w, 2) FROM player_game_stats
  WHERE organization_id = '$ORG' AND player_id = '$PLAYER' AND season = '2025-2026'
  WINDOW w AS (ORDER BY played_at, game_id ROWS BETWEEN 4 PRECEDING AND CURRENT ROW) ORDER BY played_at, game_id"
G_SQL="WITH results AS (SELECT home_team_id AS team_id, home_score AS gf, away_score AS ga FROM games
  WHERE organization_id = '$ORG' AND season = '2025-2026' AND deleted_at IS NULL UNION ALL SELECT away_team_id,
  away_score, home_score FROM games WHERE organization_id = '$ORG' AND season = '2025-2026' AND deleted_at IS NULL)
  SELECT team_id, count(*), sum(gf), sum(ga) FROM results GROUP BY team_id"
echo
echo "| query (server side) | ms |"
echo "|---|---|"
echo "| standings of a season from standings_mv | $(plan_ms "$S_SQL") |"
echo "| standings of a season computed from games (what the view saves) | $(plan_ms "$G_SQL") |"
echo "| points leaderboard of a season from player_season_stats_mv | $(plan_ms "$L_SQL") |"
echo "| a player's trend over a season (rolling 5) | $(plan_ms "$T_SQL") |"
fi

echo "== HTTP reads (wrk, $CONNECTIONS connections, $DURATION)" >&2
TOKEN=$(bench/mint-token.sh "$WORK/key.pem" coach "$ORG")
export TOKEN
"${PSQL[@]}" -c "SELECT DISTINCT player_id FROM player_game_stats WHERE organization_id = '$ORG' AND season = '2025-2026'
  LIMIT 1000" > "$WORK/players.txt"
cat > "$WORK/trend.lua" <<'LUA'
local ids, n = {}, 0
function init(args)
  for line in io.lines(os.getenv("IDS_FILE")) do if #line > 0 then ids[#ids + 1] = line end end
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end
function request()
  n = n % #ids + 1
  return wrk.format("GET", "/api/players/" .. ids[n] .. "/trends?season=2025-2026")
end
LUA
cat > "$WORK/get.lua" <<'LUA'
function init(args) wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN") end
function request() return wrk.format("GET", os.getenv("URL_PATH")) end
LUA
read_of() { # wrk script, url path -> wrk's output
  URL_PATH="$2" IDS_FILE="$WORK/players.txt" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency \
    -s "$WORK/$1" "$BASE" 2>&1
}
# run <label> <wrk script> <url path>: a row with its ratio to the bare endpoint measured right after it; every read
# gets the full JIT warm-up of its own (warm_up, as the bare endpoint had): a short burst after another read was not
# enough (the cached trend measured 2,957/s p99 39.7 ms after 5 s, 5,700/s p99 9.4 ms after 80 s of its own)
run() {
  warm_up read_of "$2" "$3"
  row_of "$1" "$(profiled "$1" read_of "$2" "$3")"
}
refresh_loop() { while true; do psql -d "$BENCH_DB" -qAt -c "REFRESH MATERIALIZED VIEW CONCURRENTLY standings_mv" \
  -c "REFRESH MATERIALIZED VIEW CONCURRENTLY player_season_stats_mv" > /dev/null 2>&1; done; }
run "GET /api/standings?season=2025-2026 (cached)" get.lua "/api/standings?season=2025-2026"
run "GET /api/leaderboards?stat=points&season=2025-2026 (cached)" get.lua \
  "/api/leaderboards?stat=points&season=2025-2026"
# the warm-up reads all 1,000 players' trends, so the measured reads are Redis hits
run "GET /api/players/{id}/trends, 1000 players (cached)" trend.lua ""
refresh_loop & LOOP_PID=$!
run "GET /api/players/{id}/trends (cached) while both views refresh in a loop" trend.lua ""
stop_loop
start_app --hockeyhub.cache.enabled=false
run "GET /api/standings?season=2025-2026, caching disabled (view read per request)" get.lua \
  "/api/standings?season=2025-2026"
run "GET /api/leaderboards?stat=points, caching disabled" get.lua "/api/leaderboards?stat=points&season=2025-2026"
run "GET /api/players/{id}/trends, 1000 players, caching disabled (query per request)" trend.lua ""
refresh_loop & LOOP_PID=$!
run "GET /api/standings, caching disabled, views refreshing in a loop" get.lua "/api/standings?season=2025-2026"
stop_loop
stop_app
bench_table "HTTP reads (wrk $DURATION × $CONNECTIONS connections, window from $START to $(date -u +'%H:%M') UTC)"
