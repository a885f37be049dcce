#!/usr/bin/env bash
# medical-service benchmark (docs/performance.md, section "medical-service"): the hottest read, a team's availability
# view (GET /api/availability/teams/{teamId}: every player's current status with counts per status;
# AvailabilityManagement.team). medical-service caches nothing, so there is no warm-cache row: every read asks the
# roster, the players' current statuses, and writes its access-log row and medical.record.accessed event. One command:
#   bench/medical-bench.sh
# Starts medical-service on its own database and port (never the dev ones), trusting a throw-away key pair whose
# tokens bench/mint-token.sh mints, with the development encryption key (as scripts/services.txt starts it; the bench
# writes no encrypted column); loads a club of TEAMS teams × PLAYERS_PER_TEAM players (and a coach each) with two
# seasons of injuries (every second player one, every fifth another a year earlier, every twelfth one still open) and
# the availability history they leave (available at the start, injured, back, load management, illness; one current
# row per player) (SQL, generate_series, first run only); then measures the read under wrk, p50/p99, and prints the
# query plans for one team. Prints a markdown table; asserts nothing.
# Each throughput row also states its ratio to a bare Spring endpoint (bench/baseline.sh) measured by the same wrk
# script and connections right after it; the set-up, wrk runs and table come from bench/service-bench.sh.
# Its events go to a stream of its own (HH_BENCH_MEDICAL), never the suite's HOCKEYHUB_EVENTS.
# Needs PostgreSQL/Redis/NATS as in architecture.md "Local services", wrk (apt-get install -y wrk), java 17, openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TEAMS=${TEAMS:-80}
PLAYERS_PER_TEAM=${PLAYERS_PER_TEAM:-25}
PORT=${PORT:-18095}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-20}
BENCH_DB=${BENCH_DB:-hockey_hub_medical_bench}
WORK=${BENCH_WORK:-/tmp/hh-medical-bench}
JAR=${JAR:-medical-service/target/medical-service-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub}
# the bench's own reads and loads span the club tables: row-level security shows a session nothing unless it says so
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
# as scripts/services.txt starts medical-service: the development key (public; the bench's rows hold no ciphertext)
export MEDICAL_ENCRYPTION_ACTIVE_KEY_ID=${MEDICAL_ENCRYPTION_ACTIVE_KEY_ID:-dev}
export MEDICAL_ENCRYPTION_ALLOW_DEVELOPMENT_KEY=${MEDICAL_ENCRYPTION_ALLOW_DEVELOPMENT_KEY:-true}
PSQL=(psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt)
CLUB=0190d000-0000-7000-8000-00000000e001
PLAYERS=$((TEAMS * PLAYERS_PER_TEAM))
mkdir -p "$WORK"
SERVICE=medical-service NAME=medical
# shellcheck source=bench/service-bench.sh
. bench/service-bench.sh
BARE_IDS=$WORK/teams.txt   # the bare endpoint is driven over the same ids
bench_open

start_app   # Flyway creates the schema on the first run
TOKEN=$(bench/mint-token.sh "$WORK/key.pem" medical_staff "$CLUB")
export TOKEN

echo "== loading $TEAMS teams × $PLAYERS_PER_TEAM players = $PLAYERS players with injuries and availability history (first run only)" >&2
if [ "$("${PSQL[@]}" -c "SELECT count(DISTINCT player_id) FROM player_availability WHERE organization_id = '$CLUB'")" -ne "$PLAYERS" ]; then
  "${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
CREATE TEMP TABLE bench_teams AS
SELECT t, ('0190d000-0000-7000-8006-' || lpad(to_hex(t), 12, '0'))::uuid AS team_id
FROM generate_series(1, $TEAMS) AS t;
CREATE TEMP TABLE bench_players AS
SELECT b.team_id, ('0190d000-0000-7000-8007-' || lpad(to_hex(b.t * 100000 + p), 12, '0'))::uuid AS player_id, p,
       (b.t - 1) * $PLAYERS_PER_TEAM + p AS n
FROM bench_teams b, generate_series(1, $PLAYERS_PER_TEAM) AS p;
INSERT INTO hockeyhub_roster_team (team_id, organization_id, name, age_group, season)
SELECT team_id, '$CLUB', 'Bench team ' || t, (ARRAY['U13', 'U15', 'U16', 'U18', 'U20', 'Senior'])[1 + t % 6],
       '2026-2027' FROM bench_teams ON CONFLICT DO NOTHING;
INSERT INTO hockeyhub_roster_member (team_id, user_id, organization_id, team_role, jersey_number)
SELECT team_id, player_id, '$CLUB'::uuid, 'player', 1 + p % 99 FROM bench_players
UNION ALL
SELECT team_id, ('0190d000-0000-7000-8008-' || lpad(to_hex(t), 12, '0'))::uuid, '$CLUB'::uuid, 'coach', NULL
FROM bench_teams
ON CONFLICT DO NOTHING;
DELETE FROM player_availability WHERE organization_id = '$CLUB';
DELETE FROM injuries WHERE organization_id = '$CLUB';
-- two seasons of injuries: every second player one this past year, every fifth another a year earlier, every
-- twelfth one still open (every 24th active, the others recovering; every 36th a concussion awaiting clearance)
CREATE TEMP TABLE bench_injuries AS
SELECT gen_random_uuid() AS id, player_id, n, injury_date,
       CASE WHEN open THEN CASE WHEN n % 24 = 0 THEN 'active' ELSE 'recovering' END ELSE 'recovered' END AS status,
       injury_date + (7 + n % 40) AS expected_return,
       CASE WHEN open THEN NULL ELSE injury_date + (7 + n % 40) END AS recovered_on,
       open AND n % 36 = 0 AS clearance_required,
       CASE WHEN open AND n % 36 = 0 THEN 'concussion'
            ELSE (ARRAY['sprain', 'strain', 'contusion', 'fracture', 'laceration', 'overuse', 'illness'])[1 + n % 7]
       END AS injury_type
FROM (
  SELECT player_id, n, current_date - (60 + n % 280) AS injury_date, false AS open FROM bench_players WHERE n % 2 = 0
  UNION ALL
  SELECT player_id, n, current_date - (420 + n % 200), false FROM bench_players WHERE n % 5 = 0
  UNION ALL
  SELECT player_id, n, current_date - (n % 10), true FROM bench_players WHERE n % 12 = 0
) i;
INSERT INTO injuries (id, organization_id, player_id, injury_type, body_part, mechanism, injury_date, severity,
                      status, expected_return, recovered_on, clearance_required, created_at, updated_at, version)
SELECT id, '$CLUB', player_id, injury_type,
       CASE injury_type WHEN 'concussion' THEN 'head' WHEN 'illness' THEN 'general'
            ELSE (ARRAY['knee', 'ankle', 'shoulder', 'groin', 'wrist', 'back', 'hip'])[1 + n % 7] END,
       CASE WHEN injury_type IN ('overuse', 'illness') THEN 'overuse' WHEN n % 3 = 0 THEN 'non_contact' ELSE 'contact' END,
       injury_date, 1 + n % 5, status, expected_return, recovered_on, clearance_required,
       injury_date::timestamptz, coalesce(recovered_on, injury_date)::timestamptz, 0
FROM bench_injuries;
-- the availability history those leave, plus the start of the seasons, load management and illness; the latest row
-- of each player is the current one
CREATE TEMP TABLE bench_availability AS
SELECT player_id, 'available' AS status, current_date - 640 AS effective_date, NULL::date AS expected_return,
       false AS clearance_required, 1.00 AS load_multiplier, 'manual' AS source, NULL::uuid AS injury_id, 0 AS ord
FROM bench_players
UNION ALL
SELECT player_id, CASE WHEN injury_type = 'illness' THEN 'illness' ELSE 'injured' END, injury_date, expected_return,
       clearance_required, 0.00, 'injury', id, 1
FROM bench_injuries
UNION ALL
SELECT player_id, 'available', recovered_on, NULL, false, 1.00,
       CASE WHEN injury_type = 'concussion' THEN 'return_to_play' ELSE 'injury' END, id, 2
FROM bench_injuries WHERE recovered_on IS NOT NULL
UNION ALL
SELECT player_id, 'load_management', current_date - (n % 5), current_date + 7, false, 0.60, 'wellness', NULL, 3
FROM bench_players WHERE n % 9 = 0 AND n % 12 <> 0
UNION ALL
SELECT player_id, 'illness', current_date - 1, current_date + 3, false, 0.00, 'manual', NULL, 4
FROM bench_players WHERE n % 31 = 0 AND n % 12 <> 0 AND n % 9 <> 0
UNION ALL
SELECT player_id, 'suspended', current_date - 2, current_date + 5, false, 0.00, 'manual', NULL, 5
FROM bench_players WHERE n % 97 = 0 AND n % 12 <> 0 AND n % 9 <> 0 AND n % 31 <> 0;
INSERT INTO player_availability (id, organization_id, player_id, status, effective_date, expected_return,
                                 clearance_required, load_multiplier, source, injury_id, current, created_at,
                                 updated_at, version)
SELECT gen_random_uuid(), '$CLUB', player_id, status, effective_date, expected_return, clearance_required,
       load_multiplier, source, injury_id,
       row_number() OVER (PARTITION BY player_id ORDER BY effective_date DESC, ord DESC) = 1,
       effective_date + ord * interval '1 minute', effective_date + ord * interval '1 minute', 0
FROM bench_availability;
VACUUM ANALYZE injuries;
VACUUM ANALYZE player_availability;
SQL
fi
"${PSQL[@]}" -c "SELECT team_id FROM hockeyhub_roster_team WHERE organization_id = '$CLUB' ORDER BY team_id" \
  > "$WORK/teams.txt"
TEAM=$(head -1 "$WORK/teams.txt")
curl -fs -o "$WORK/one.json" -H "Authorization: Bearer $TOKEN" "$BASE/api/availability/teams/$TEAM" \
  || { echo "GET /api/availability/teams/$TEAM failed" >&2; exit 1; }
echo "== one team's answer: $(grep -o '"counts":{[^}]*}' "$WORK/one.json")" >&2
HISTORY=$("${PSQL[@]}" -c "SELECT count(*) FROM player_availability WHERE organization_id = '$CLUB'")
INJURIES=$("${PSQL[@]}" -c "SELECT count(*) FROM injuries WHERE organization_id = '$CLUB'")
LOGGED=$("${PSQL[@]}" -c "SELECT count(*) FROM medical_access_log WHERE organization_id = '$CLUB'")

team() { hot_read "$WORK/teams.txt" /api/availability/teams/; }

echo "== team availability ($TEAMS teams round robin; no cache to warm: the queries and the access log each time)" >&2
warm_up team
out=$(team)
row_of "GET /api/availability/teams/{id}, not cached ($TEAMS teams of $PLAYERS_PER_TEAM; $PLAYERS players, $HISTORY availability rows, $INJURIES injuries; an access-log row and event per read)" "$out"
stop_app
LOGGED=$(( $("${PSQL[@]}" -c "SELECT count(*) FROM medical_access_log WHERE organization_id = '$CLUB'") - LOGGED ))
echo "== $LOGGED access-log rows written by this run's reads" >&2

echo "== the query plans for one team (what AvailabilityManagement.team asks)" >&2
IDS=$("${PSQL[@]}" -c "SELECT string_agg(quote_literal(user_id::text), ', ' ORDER BY user_id)
  FROM hockeyhub_roster_member WHERE team_id = '$TEAM' AND coalesce(team_role, 'player') = 'player'")
PLAN=$("${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
SELECT '-- the team''s players (shared-lib roster projection)';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT team_id, user_id, organization_id, team_role, jersey_number, position FROM hockeyhub_roster_member
WHERE team_id = '$TEAM' AND coalesce(team_role, 'player') = 'player' ORDER BY user_id;
SELECT '-- their current statuses ($(awk -F', ' '{ print NF }' <<<"$IDS") players, the ids as a literal list as the application sends them)';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM player_availability WHERE player_id IN (${IDS:-NULL}) AND current AND deleted_at IS NULL;
SQL
)

bench_table "medical-service, $PLAYERS players, $HISTORY availability rows and $INJURIES injuries in the club, $(nproc) cores, $(date -u +'%F %H:%M') UTC, wrk $DURATION × $CONNECTIONS connections ($LOGGED access-log rows written by the measured and warm-up runs):"
echo
echo "Query plans (one team, PostgreSQL EXPLAIN ANALYZE):"
echo
echo '```'
echo "$PLAN"
echo '```'
