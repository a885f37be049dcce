#!/usr/bin/env bash
# training-service benchmark (docs/performance.md, section "training-service"): the hottest read, a player's upcoming
# sessions (GET /api/players/{id}/upcoming-sessions), over ~1 million assignments. One command:
#   bench/training-bench.sh
# Starts training-service on its own database and port (never the dev ones), trusting a throw-away key pair whose
# tokens bench/mint-token.sh mints; loads a club of TEAMS teams × PLAYERS_PER_TEAM players with SESSIONS sessions per
# team, one day apart and straddling today, each assigned to its whole team (TEAMS × PLAYERS_PER_TEAM × SESSIONS
# assignments; SQL, generate_series, first run only); then measures the read under wrk with the Redis cache warm and
# with caching disabled (the indexed query each time), p50/p99, and prints the query plan for one player. Prints a
# markdown table; asserts nothing.
# Each throughput row also states its ratio to a bare Spring endpoint (bench/baseline.sh) measured by the same wrk
# connections right after it (bench/fixed.lua on GET /baseline/{id}: the same shape, one path id per request);
# the set-up, wrk runs and table come from bench/service-bench.sh.
# Its events go to a stream of its own (HH_BENCH_TRAINING), never the suite's HOCKEYHUB_EVENTS.
# Needs PostgreSQL/Redis/NATS as in architecture.md "Local services", wrk (apt-get install -y wrk), java 17, openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TEAMS=${TEAMS:-20}
PLAYERS_PER_TEAM=${PLAYERS_PER_TEAM:-100}
SESSIONS=${SESSIONS:-500}
HOT=${HOT:-1000}
PORT=${PORT:-18089}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-20}
BENCH_DB=${BENCH_DB:-hockey_hub_training_bench}
WORK=${BENCH_WORK:-/tmp/hh-training-bench}
JAR=training-service/target/training-service-0.1.0-SNAPSHOT.jar
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub}
# the bench's own reads and loads span the club tables: row-level security shows a session nothing unless it says so
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
PSQL=(psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt)
CLUB=0190d000-0000-7000-8000-00000000c001
ASSIGNMENTS=$((TEAMS * PLAYERS_PER_TEAM * SESSIONS))
mkdir -p "$WORK"
# shellcheck source=bench/baseline.sh
. bench/baseline.sh
for tool in wrk psql java openssl curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

SERVICE=training-service NAME=training
# shellcheck source=bench/service-bench.sh
. bench/service-bench.sh
bench_prepare
trap 'stop_app; baseline_stop' EXIT
BARE_IDS=$WORK/players.txt   # the bare endpoint is driven over the same ids
bench_baseline_up

start_app   # Flyway creates the schema on the first run
TOKEN=$(bench/mint-token.sh "$WORK/key.pem" physical_trainer "$CLUB")
export TOKEN

echo "== loading $TEAMS teams × $PLAYERS_PER_TEAM players × $SESSIONS sessions = $ASSIGNMENTS assignments (first run only)" >&2
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM assignments WHERE organization_id = '$CLUB'")" -lt "$ASSIGNMENTS" ]; then
  "${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
CREATE TEMP TABLE bench_teams AS
SELECT t, ('0190d000-0000-7000-8001-' || lpad(to_hex(t), 12, '0'))::uuid AS team_id
FROM generate_series(1, $TEAMS) AS t;
CREATE TEMP TABLE bench_players AS
SELECT b.team_id, ('0190d000-0000-7000-8002-' || lpad(to_hex(b.t * 100000 + p), 12, '0'))::uuid AS player_id, p
FROM bench_teams b, generate_series(1, $PLAYERS_PER_TEAM) AS p;
INSERT INTO hockeyhub_roster_team (team_id, organization_id, name, age_group, season)
SELECT team_id, '$CLUB', 'Bench team ' || t, 'U18', '2026-2027' FROM bench_teams ON CONFLICT DO NOTHING;
INSERT INTO hockeyhub_roster_member (team_id, user_id, organization_id, team_role, jersey_number)
SELECT team_id, player_id, '$CLUB', 'player', 1 + p % 99 FROM bench_players ON CONFLICT DO NOTHING;
DELETE FROM assignments WHERE organization_id = '$CLUB';
DELETE FROM workout_sessions WHERE organization_id = '$CLUB';
-- one session a day per team at 17:00 UTC, half of them behind today and half ahead
INSERT INTO workout_sessions (id, organization_id, team_id, title, session_type, starts_at, duration_minutes,
                              location, status, created_at, updated_at, version)
SELECT gen_random_uuid(), '$CLUB', b.team_id, 'Bench session ' || s, 'strength',
       date_trunc('day', now()) + ((s - $SESSIONS / 2) * interval '1 day') + interval '17 hours', 60, 'Gym',
       CASE WHEN s < $SESSIONS / 2 THEN 'completed' ELSE 'scheduled' END, now(), now(), 0
FROM bench_teams b, generate_series(1, $SESSIONS) AS s;
INSERT INTO assignments (id, organization_id, session_id, player_id, team_id, status, load_multiplier, created_at,
                         updated_at, version)
SELECT gen_random_uuid(), '$CLUB', s.id, p.player_id, s.team_id,
       CASE WHEN s.status = 'completed' THEN 'completed' ELSE 'assigned' END, 1.00, now(), now(), 0
FROM workout_sessions s JOIN bench_players p ON p.team_id = s.team_id
WHERE s.organization_id = '$CLUB';
VACUUM ANALYZE workout_sessions;
VACUUM ANALYZE assignments;
SQL
fi
"${PSQL[@]}" -c "SELECT user_id FROM hockeyhub_roster_member WHERE organization_id = '$CLUB' ORDER BY user_id" \
  > "$WORK/players.txt"
PLAYER=$(head -1 "$WORK/players.txt")
curl -fs -o "$WORK/one.json" -H "Authorization: Bearer $TOKEN" "$BASE/api/players/$PLAYER/upcoming-sessions" \
  || { echo "GET upcoming-sessions failed for $PLAYER" >&2; exit 1; }

upcoming() { hot_read "$WORK/players.txt" /api/players/ /upcoming-sessions; }

echo "== upcoming sessions, Redis cache warm ($HOT players round robin)" >&2
warm_up upcoming
out=$(upcoming)
row_of "GET /api/players/{id}/upcoming-sessions, Redis cache warm ($HOT players)" "$out"

echo "== upcoming sessions, caching disabled (the query each time)" >&2
start_app --hockeyhub.cache.enabled=false
warm_up upcoming
out=$(upcoming)
row_of "GET /api/players/{id}/upcoming-sessions, caching disabled (query over $ASSIGNMENTS assignments)" "$out"
stop_app

echo "== the query plan for one player" >&2
PLAN=$("${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT s.id, a.id, s.team_id, s.title, s.session_type, s.starts_at, s.duration_minutes, s.location, s.status,
       a.load_multiplier
FROM assignments a JOIN workout_sessions s ON s.id = a.session_id
WHERE a.player_id = '$PLAYER' AND a.status = 'assigned' AND a.deleted_at IS NULL AND s.deleted_at IS NULL
  AND s.status IN ('scheduled', 'active')
  AND s.starts_at + make_interval(mins => s.duration_minutes) > now() AND s.starts_at < now() + interval '14 days'
ORDER BY s.starts_at;
SQL
)

bench_table "training-service, $ASSIGNMENTS assignments in the club, $(nproc) cores, $(date -u +'%F %H:%M') UTC, wrk $DURATION × $CONNECTIONS connections:"
echo
echo "Query plan (one player, PostgreSQL EXPLAIN ANALYZE):"
echo
echo '```'
echo "$PLAN"
echo '```'
