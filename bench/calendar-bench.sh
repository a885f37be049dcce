#!/usr/bin/env bash
# calendar-service benchmark (docs/performance.md, section "calendar-service"): the hottest read, a team's upcoming
# events with RSVP counts (GET /api/events/teams/{teamId}/upcoming, default 30 days, first page of 20; served from
# TeamUpcomingCache.load, cache "team-upcoming-events", one entry per club and team). One command:
#   bench/calendar-bench.sh
# Starts calendar-service on its own database and port (never the dev ones), trusting a throw-away key pair whose
# tokens bench/mint-token.sh mints; loads a club of TEAMS teams, each with PLAYERS_PER_TEAM players and a coach, and
# SEASONS seasons of EVENTS_PER_SEASON events per team (240 days each: trainings, every fourth a game, a few
# cancelled; the last season straddles today, the earlier ones are past), every event with the team as its
# participants and their answers (SQL, generate_series, first run only); then measures the read under wrk with the
# Redis cache warm and with caching disabled (the events query and the RSVP count each time), p50/p99, and prints the
# query plans for one team. Prints a markdown table; asserts nothing.
# Each throughput row also states its ratio to a bare Spring endpoint (bench/baseline.sh) measured by the same wrk
# script and connections right after it; the set-up, wrk runs and table come from bench/service-bench.sh.
# Its events go to a stream of its own (HH_BENCH_CALENDAR), never the suite's HOCKEYHUB_EVENTS.
# Needs PostgreSQL/Redis/NATS as in architecture.md "Local services", wrk (apt-get install -y wrk), java 17, openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TEAMS=${TEAMS:-20}
PLAYERS_PER_TEAM=${PLAYERS_PER_TEAM:-25}
SEASONS=${SEASONS:-2}
EVENTS_PER_SEASON=${EVENTS_PER_SEASON:-200}
PORT=${PORT:-18093}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-20}
BENCH_DB=${BENCH_DB:-hockey_hub_calendar_bench}
WORK=${BENCH_WORK:-/tmp/hh-calendar-bench}
JAR=${JAR:-calendar-service/target/calendar-service-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub}
# the bench's own reads and loads span the club tables: row-level security shows a session nothing unless it says so
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
PSQL=(psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt)
CLUB=0190d000-0000-7000-8000-00000000d001
EVENTS=$((TEAMS * SEASONS * EVENTS_PER_SEASON))
PARTICIPANTS=$((EVENTS * (PLAYERS_PER_TEAM + 1)))
mkdir -p "$WORK"
SERVICE=calendar-service NAME=calendar
# shellcheck source=bench/service-bench.sh
. bench/service-bench.sh
BARE_IDS=$WORK/teams.txt   # the bare endpoint is driven over the same ids
bench_open

start_app   # Flyway creates the schema on the first run
TOKEN=$(bench/mint-token.sh "$WORK/key.pem" club_admin "$CLUB")
export TOKEN

echo "== loading $TEAMS teams × $SEASONS seasons × $EVENTS_PER_SEASON events = $EVENTS events with $PARTICIPANTS participants (first run only)" >&2
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM events WHERE organization_id = '$CLUB'")" -ne "$EVENTS" ] \
  || [ "$("${PSQL[@]}" -c "SELECT count(*) FROM event_participants WHERE organization_id = '$CLUB'")" -ne "$PARTICIPANTS" ]; then
  "${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
CREATE TEMP TABLE bench_teams AS
SELECT t, ('0190d000-0000-7000-8003-' || lpad(to_hex(t), 12, '0'))::uuid AS team_id,
       ('0190d000-0000-7000-8004-' || lpad(to_hex(t), 12, '0'))::uuid AS coach_id
FROM generate_series(1, $TEAMS) AS t;
CREATE TEMP TABLE bench_members AS
SELECT b.team_id, ('0190d000-0000-7000-8005-' || lpad(to_hex(b.t * 100000 + p), 12, '0'))::uuid AS user_id, p,
       'player' AS team_role
FROM bench_teams b, generate_series(1, $PLAYERS_PER_TEAM) AS p
UNION ALL
SELECT team_id, coach_id, 0, 'coach' FROM bench_teams;
INSERT INTO hockeyhub_roster_team (team_id, organization_id, name, age_group, season)
SELECT team_id, '$CLUB', 'Bench team ' || t, 'U18', '2026-2027' FROM bench_teams ON CONFLICT DO NOTHING;
INSERT INTO hockeyhub_roster_member (team_id, user_id, organization_id, team_role, jersey_number)
SELECT team_id, user_id, '$CLUB', team_role, CASE WHEN p > 0 THEN 1 + p % 99 END FROM bench_members
ON CONFLICT DO NOTHING;
DELETE FROM event_participants WHERE organization_id = '$CLUB';
DELETE FROM events WHERE organization_id = '$CLUB';
-- season s (1 = the oldest) is 240 days long; the last one began 120 days ago, each earlier one a year before it;
-- event j of a season falls on day j × 240 / EVENTS_PER_SEASON at 17:00 UTC (each team a few minutes apart)
CREATE TEMP TABLE bench_events AS
SELECT gen_random_uuid() AS id, b.team_id, b.coach_id, j,
       date_trunc('day', now()) - ((120 + ($SEASONS - s) * 365) * interval '1 day')
         + ((j * 240 / $EVENTS_PER_SEASON) * interval '1 day') + interval '17 hours' + b.t * interval '3 minutes'
         AS start_at,
       j % 4 = 0 AS game
FROM bench_teams b, generate_series(1, $SEASONS) AS s, generate_series(0, $EVENTS_PER_SEASON - 1) AS j;
INSERT INTO events (id, organization_id, title, type, status, visibility, start_at, end_at, time_zone, location,
                    team_id, organizer_id, opponent, home_away, reminder_minutes, cancel_reason, created_at,
                    updated_at, version)
SELECT id, '$CLUB', CASE WHEN game THEN 'Game ' || j ELSE 'Ice practice ' || j END,
       CASE WHEN game THEN 'game' ELSE 'training' END,
       CASE WHEN j % 25 = 7 THEN 'cancelled' WHEN start_at < now() THEN 'completed' ELSE 'scheduled' END,
       'team', start_at, start_at + CASE WHEN game THEN interval '150 minutes' ELSE interval '90 minutes' END,
       'Europe/Stockholm', 'Bench arena', team_id, coach_id,
       CASE WHEN game THEN 'Bench opponent ' || (j % 13) END,
       CASE WHEN game THEN (ARRAY['home', 'away'])[1 + j / 4 % 2] END,
       '{60,1440}', CASE WHEN j % 25 = 7 THEN 'Ice not available' END, now(), now(), 0
FROM bench_events;
INSERT INTO event_participants (id, organization_id, event_id, user_id, role, rsvp_status, responded_at,
                                created_at, updated_at, version)
SELECT gen_random_uuid(), '$CLUB', e.id, m.user_id,
       CASE WHEN m.team_role = 'coach' THEN 'organizer' ELSE 'required' END, r.status,
       CASE WHEN r.status <> 'pending' THEN e.start_at - interval '2 days' END, now(), now(), 0
FROM bench_events e JOIN bench_members m ON m.team_id = e.team_id
CROSS JOIN LATERAL (SELECT CASE WHEN m.team_role = 'coach' THEN 'accepted'
    ELSE (ARRAY['accepted', 'accepted', 'accepted', 'declined', 'tentative', 'pending'])[1 + (m.p + e.j) % 6]
    END AS status) r;
VACUUM ANALYZE events;
VACUUM ANALYZE event_participants;
SQL
fi
"${PSQL[@]}" -c "SELECT team_id FROM hockeyhub_roster_team WHERE organization_id = '$CLUB' ORDER BY team_id" \
  > "$WORK/teams.txt"
TEAM=$(head -1 "$WORK/teams.txt")
curl -fs -o "$WORK/one.json" -H "Authorization: Bearer $TOKEN" "$BASE/api/events/teams/$TEAM/upcoming" \
  || { echo "GET /api/events/teams/$TEAM/upcoming failed" >&2; exit 1; }
SHOWN=$(grep -o '"id":"[^"]*","organizationId"' "$WORK/one.json" | wc -l)
TOTAL=$(grep -o '"totalElements":[0-9]*' "$WORK/one.json" | cut -d: -f2)
echo "== one team's answer: $SHOWN events on the page of $TOTAL in the next 30 days" >&2

upcoming() { hot_read "$WORK/teams.txt" /api/events/teams/ /upcoming; }

echo "== team upcoming events, Redis cache warm ($TEAMS teams round robin)" >&2
warm_up upcoming
out=$(upcoming)
row_of "GET /api/events/teams/{id}/upcoming, Redis cache warm ($TEAMS teams, $SHOWN of $TOTAL events a page)" "$out"

echo "== team upcoming events, caching disabled (the queries each time)" >&2
start_app --hockeyhub.cache.enabled=false
warm_up upcoming
out=$(upcoming)
row_of "GET /api/events/teams/{id}/upcoming, caching disabled (queries over $EVENTS events, $PARTICIPANTS participants)" "$out"
stop_app

echo "== the query plans for one team (what TeamUpcomingCache.load asks on a miss)" >&2
IDS=$("${PSQL[@]}" -c "SELECT string_agg(quote_literal(id::text), ', ' ORDER BY start_at) FROM events
  WHERE organization_id = '$CLUB' AND team_id = '$TEAM' AND status <> 'draft' AND deleted_at IS NULL
    AND start_at < now() + interval '91 days' AND end_at > now()")
PLAN=$("${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
SELECT '-- the team''s events of the next 91 days';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM events
WHERE organization_id = '$CLUB' AND team_id = '$TEAM' AND status <> 'draft' AND deleted_at IS NULL
  AND start_at < now() + interval '91 days' AND end_at > now()
ORDER BY start_at, id;
SELECT '-- their RSVP counts ($(awk -F', ' '{ print NF }' <<<"$IDS") events, the ids as a literal list as the application sends them)';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT event_id, rsvp_status, count(*) FROM event_participants
WHERE event_id IN (${IDS:-NULL}) AND deleted_at IS NULL
GROUP BY event_id, rsvp_status;
SQL
)

bench_table "calendar-service, $EVENTS events and $PARTICIPANTS participants in the club, $(nproc) cores, $(date -u +'%F %H:%M') UTC, wrk $DURATION × $CONNECTIONS connections:"
echo
echo "Query plans (one team, PostgreSQL EXPLAIN ANALYZE):"
echo
echo '```'
echo "$PLAN"
echo '```'
