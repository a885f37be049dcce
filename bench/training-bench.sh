#!/usr/bin/env bash
# training-service benchmark (docs/performance.md, section "training-service"): the hottest read, a player's upcoming
# sessions (GET /api/players/{id}/upcoming-sessions), over ~1 million assignments. One command:
#   bench/training-bench.sh
# Starts training-service on its own database and port (never the dev ones), trusting a throw-away key pair whose
# tokens bench/mint-token.sh mints; loads a club of TEAMS teams × PLAYERS_PER_TEAM players with SESSIONS sessions per
# team, one day apart and straddling today, each assigned to its whole team (TEAMS × PLAYERS_PER_TEAM × SESSIONS
# assignments; SQL, generate_series, first run only); then measures the read under wrk with the Redis cache warm and
# with caching disabled (the indexed query each time), p50/p99, and prints the query plan for one player. Then bulk
# assignment (POST /api/sessions/{id}/assignments, as a trainer): BULK_CALLS fresh sessions given to a team of
# BULK_TEAM players (their whole team; the players have the load's sessions too, so the time-conflict check has rows
# to read) and BULK_CALLS given to BULK_CLUB listed players of the club (playerIds, the request's maximum), one call at
# a time: time per call (curl) and SQL statements per call (pg_stat_statements deltas in the bench database, created
# there; with the per-statement breakdown). Prints markdown tables; asserts nothing.
# Each throughput row also states its ratio to a bare Spring endpoint (bench/baseline.sh) measured by the same wrk
# connections right after it (bench/fixed.lua on GET /baseline/{id}: the same shape, one path id per request);
# the set-up, wrk runs and table come from bench/service-bench.sh.
# Its events go to a stream of its own (HH_BENCH_TRAINING), never the suite's HOCKEYHUB_EVENTS.
# Needs PostgreSQL/Redis/NATS as in architecture.md "Local services", wrk (apt-get install -y wrk), java 17, openssl, jq;
# PostgreSQL with pg_stat_statements in shared_preload_libraries and a superuser "postgres" (CREATE EXTENSION).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TEAMS=${TEAMS:-20}
PLAYERS_PER_TEAM=${PLAYERS_PER_TEAM:-100}
SESSIONS=${SESSIONS:-500}
HOT=${HOT:-1000}
BULK_TEAM=${BULK_TEAM:-30}
BULK_CLUB=${BULK_CLUB:-500}
BULK_CALLS=${BULK_CALLS:-20}
PORT=${PORT:-18089}
# its own bare app (bench/baseline.sh), beside the other benches' on a shared machine
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-20}
BENCH_DB=${BENCH_DB:-hockey_hub_training_bench}
WORK=${BENCH_WORK:-/tmp/hh-training-bench}
JAR=${JAR:-training-service/target/training-service-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub}
# the bench's own reads and loads span the club tables: row-level security shows a session nothing unless it says so
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
PSQL=(psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt)
CLUB=0190d000-0000-7000-8000-00000000c001
ASSIGNMENTS=$((TEAMS * PLAYERS_PER_TEAM * SESSIONS))
mkdir -p "$WORK"
SERVICE=training-service NAME=training
# shellcheck source=bench/service-bench.sh
. bench/service-bench.sh
BARE_IDS=$WORK/players.txt   # the bare endpoint is driven over the same ids
BULK_ROWS=()
bench_open jq

# Flyway creates the schema on the first run; the cache entries outlive the warm run (the default TTL is 2 min, and
# priming HOT players on a busy machine can take longer than that)
start_app --hockeyhub.cache.ttl.player-upcoming-sessions=15m
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
"${PSQL[@]}" -c "SELECT DISTINCT user_id FROM hockeyhub_roster_member WHERE organization_id = '$CLUB' ORDER BY user_id" \
  > "$WORK/players.txt"
PLAYER=$(head -1 "$WORK/players.txt")
for attempt in 1 2 3 4 5 6; do # once failed right after readiness on a loaded machine
  curl -fs -o "$WORK/one.json" -H "Authorization: Bearer $TOKEN" "$BASE/api/players/$PLAYER/upcoming-sessions" && break
  [ "$attempt" -lt 6 ] || { echo "GET upcoming-sessions failed for $PLAYER" >&2; exit 1; }
  sleep 5
done

upcoming() { hot_read "$WORK/players.txt" /api/players/ /upcoming-sessions; }

echo "== upcoming sessions, Redis cache warm ($HOT players round robin)" >&2
# every hot player's entry first: a wrk warm-up alone may not reach all HOT players on a slow machine (a miss is the
# query), so "warm" would be half misses
head -"$HOT" "$WORK/players.txt" | xargs -P 4 -I{} curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" \
  "$BASE/api/players/{}/upcoming-sessions"
warm_up upcoming
out=$(upcoming)
row_of "GET /api/players/{id}/upcoming-sessions, Redis cache warm ($HOT players)" "$out"

echo "== bulk assignment: a $BULK_TEAM-player team and $BULK_CLUB players of the club, $BULK_CALLS calls each" >&2
# pg_stat_statements counts every statement the service's database sees (the request's own, and what follows from
# it: the outbox relay publishing the event); the extension is created in the bench's own database only
psql -U postgres -d "$BENCH_DB" -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
BULK_TEAM_ID=0190d000-0000-7000-8003-000000000030
"${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
DELETE FROM session_audiences WHERE session_id IN (SELECT id FROM workout_sessions WHERE title LIKE 'Bulk bench %');
DELETE FROM assignments WHERE session_id IN (SELECT id FROM workout_sessions WHERE title LIKE 'Bulk bench %');
DELETE FROM workout_sessions WHERE title LIKE 'Bulk bench %';
INSERT INTO hockeyhub_roster_team (team_id, organization_id, name, age_group, season)
VALUES ('$BULK_TEAM_ID', '$CLUB', 'Bulk bench team', 'U18', '2026-2027') ON CONFLICT DO NOTHING;
-- the first team's first players (each has $SESSIONS sessions of their own team: the time-conflict check reads them)
INSERT INTO hockeyhub_roster_member (team_id, user_id, organization_id, team_role, jersey_number)
SELECT '$BULK_TEAM_ID', user_id, '$CLUB', 'player', jersey_number FROM hockeyhub_roster_member
WHERE team_id = '0190d000-0000-7000-8001-000000000001' ORDER BY user_id LIMIT $BULK_TEAM ON CONFLICT DO NOTHING;
-- one new session per call, 06:00 UTC on days no other session uses (never a time conflict)
INSERT INTO workout_sessions (id, organization_id, team_id, title, session_type, starts_at, duration_minutes,
                              location, status, created_at, updated_at, version)
SELECT gen_random_uuid(), '$CLUB', '$BULK_TEAM_ID', 'Bulk bench ' || kind || ' ' || lpad(n::text, 4, '0'), 'strength',
       date_trunc('day', now()) + ($SESSIONS + n + CASE kind WHEN 'club' THEN 1000 ELSE 0 END) * interval '1 day'
         + interval '6 hours', 60, 'Gym', 'scheduled', now(), now(), 0
FROM generate_series(0, $BULK_CALLS) AS n, (VALUES ('team'), ('club')) AS k(kind);
SQL
head -"$BULK_CLUB" "$WORK/players.txt" | jq -R . | jq -sc '{playerIds: .}' > "$WORK/club-players.json"
[ "$(jq '.playerIds | length' "$WORK/club-players.json")" -eq "$BULK_CLUB" ] \
  || { echo "the club has fewer than $BULK_CLUB players" >&2; exit 1; }
statements() { # every statement of the bench database so far (calls), from pg_stat_statements
  psql -U postgres -d "$BENCH_DB" -qAtc "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$BENCH_DB') AND query NOT LIKE '%pg_stat_statements%'"
}
statements_by_query() { # calls and query text, for the breakdown
  psql -U postgres -d "$BENCH_DB" -qAtF $'\t' -c "SELECT queryid, calls, regexp_replace(left(query, 110), '\s+', ' ', 'g')
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$BENCH_DB')
      AND query NOT LIKE '%pg_stat_statements%'" | sort
}
# bulk <kind> <body file or empty>: BULK_CALLS assignment calls on fresh sessions (call 0, a warm-up, not counted);
# prints "<p50 ms> <max ms> <mean ms> <statements per call> <assigned per call>" and leaves the per-query breakdown
bulk() {
  local kind=$1 body=$2 ids n=0 before after times=() assigned=0 t out
  mapfile -t ids < <("${PSQL[@]}" -c "SELECT id FROM workout_sessions WHERE title LIKE 'Bulk bench $kind %' ORDER BY title")
  for id in "${ids[@]}"; do
    if [ "$n" -eq 1 ]; then sleep 3; statements_by_query > "$WORK/bulk-$kind-before.tsv"; before=$(statements); fi
    out=$(curl -s -o "$WORK/bulk-$kind.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' ${body:+--data-binary @"$body"} "$BASE/api/sessions/$id/assignments")
    [ "${out%% *}" = 200 ] || { echo "bulk assignment $kind failed: $out $(head -c 300 "$WORK/bulk-$kind.json")" >&2; exit 1; }
    if [ "$n" -ge 1 ]; then
      times+=("${out#* }"); assigned=$((assigned + $(jq '.assigned | length' "$WORK/bulk-$kind.json")))
    fi
    n=$((n + 1))
  done
  sleep 3 # the outbox relay publishes the last event
  after=$(statements); statements_by_query > "$WORK/bulk-$kind-after.tsv"
  t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 * 1000; s += $1 * 1000 }
    END { printf "%.0f %.0f %.0f", a[int((NR + 1) / 2)], a[NR], s / NR }')
  echo "$t $(awk -v a="$after" -v b="$before" -v n="${#times[@]}" 'BEGIN { printf "%.1f", (a - b) / n }') $((assigned / ${#times[@]}))"
  join -t $'\t' -a2 -e 0 -o '2.1,1.2,2.2,2.3' "$WORK/bulk-$kind-before.tsv" "$WORK/bulk-$kind-after.tsv" \
    | awk -F'\t' -v n="${#times[@]}" '$3 - $2 > 0 { printf "%8.2f  %s\n", ($3 - $2) / n, $4 }' | sort -rn \
    > "$WORK/bulk-$kind-statements.txt"
}
# an idle interval as long as one run: what the service's own schedulers (outbox relay polling, ...) issue anyway
idle_before=$(statements); sleep 10; IDLE_PER_10S=$(( $(statements) - idle_before ))
bulk team "" > "$WORK/bulk-team.out"
read -r p50 max mean per_call assigned_per_call < "$WORK/bulk-team.out"
BULK_ROWS+=("| POST /api/sessions/{id}/assignments, whole team of $BULK_TEAM | $assigned_per_call | $p50 ms | $mean ms | $max ms | $per_call |")
bulk club "$WORK/club-players.json" > "$WORK/bulk-club.out"
read -r p50 max mean per_call assigned_per_call < "$WORK/bulk-club.out"
BULK_ROWS+=("| POST /api/sessions/{id}/assignments, playerIds: $BULK_CLUB players of the club | $assigned_per_call | $p50 ms | $mean ms | $max ms | $per_call |")
printf '%s\n' "${BULK_ROWS[@]}" >&2

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
echo "Bulk assignment, $BULK_CALLS calls each on fresh sessions after one warm-up call, one at a time (curl), Redis cache on;"
echo "statements: pg_stat_statements calls in the bench database per call, including BEGIN/COMMIT, the tenant setting"
echo "and the outbox relay's publishing of the event (idle, the service's schedulers issue $IDLE_PER_10S in 10 s):"
echo
echo "| call | assigned per call | p50 | mean | max | SQL statements per call |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${BULK_ROWS[@]}"
for kind in team club; do
  echo
  echo "Statements per call, $kind (pg_stat_statements, calls per call and the statement's start):"
  echo
  echo '```'
  head -25 "$WORK/bulk-$kind-statements.txt"
  echo '```'
done
echo
echo "Query plan (one player, PostgreSQL EXPLAIN ANALYZE):"
echo
echo '```'
echo "$PLAN"
echo '```'
