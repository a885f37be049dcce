#!/usr/bin/env bash
# communication-service benchmark (docs/performance.md, section "communication-service"). One command:
#   bench/communication-bench.sh
# Starts communication-service on its own database and port (never the dev ones), trusting a throw-away key pair whose
# tokens bench/mint-token.sh mints, its events on a stream of its own (HH_BENCH_COMMUNICATION); then
#  1. post -> receive: RECEIVERS members of one group conversation each hold an SSE stream (GET /api/stream) open while
#     another member (POSTERS > 1: several, in turn) posts RATE messages/s over HTTP for WARMUP + SECONDS seconds
#     (bench/CommunicationRealtime.java, a JDK 17 single source file; one selector thread reads every stream);
#     p50/p99/max from the POST being written to each receiver reading message.created, over the SECONDS after the
#     warm-up, the POST's own p50/p99, and the CPU per message of each process. One row per rate of RATES.
#  2. history: CONVERSATIONS group conversations × MESSAGES messages each (SQL, generate_series, first run only), read
#     newest page first (GET /api/conversations/{id}/messages, size 50) by one member of them all under wrk, round
#     robin over the conversations, p50/p99 and the ratio to the bare Spring endpoint (bench/baseline.sh, same wrk
#     connections right after); and the page deep in a conversation (the cursor of its middle message). The history is
#     not cached (only the inbox is), so there is no warm/cold pair: each read is the indexed query. The newest page
#     is read twice: as fast as CONNECTIONS connections go (saturation: latency is mostly queueing) and paced, each
#     connection waiting a random time of mean THINK_MS after each answer (the page's own latency at a realistic rate).
#  3. fan-out: FANOUT_EVENTS calendar.event.updated events, one at a time, for a team of FANOUT_RECIPIENTS members
#     (the service's roster tables), published on the bench's JetStream subject; p50/p99/max from the publish to the
#     team's last notification stored (bench/communication-fanout.py).
# SCENARIOS picks which run (default all three: "realtime history fanout"). PROFILE=jfr records the measured history
# runs, PROFILE=async samples the service's CPU during every run (bench/baseline.sh, profiled). BUILD=0 JAR=… measures
# a jar built elsewhere (an A/B against an older commit).
# Prints markdown tables and the query plan of the newest page; asserts nothing.
# Needs PostgreSQL/Redis/NATS as in architecture.md "Local services", wrk (apt-get install -y wrk), java 17, openssl,
# python3, jq.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CONVERSATIONS=${CONVERSATIONS:-1000}
MESSAGES=${MESSAGES:-1000}
RECEIVERS=${RECEIVERS:-100}
RATES=${RATES:-50}
SENDERS=${SENDERS:-32}   # keep-alive POST connections (a slow machine needs many to hold the rate)
POSTERS=${POSTERS:-1}    # members who post, in turn (1: one member posts every message; more: the first receivers too)
WARMUP=${WARMUP:-60}   # seconds posting at the rate before the count starts (the JIT warm-up of a fresh service)
SECONDS_MEASURED=${SECONDS_MEASURED:-20}
PORT=${PORT:-18084}
SCENARIOS=${SCENARIOS:-realtime history fanout}
FANOUT_RECIPIENTS=${FANOUT_RECIPIENTS:-30}
FANOUT_EVENTS=${FANOUT_EVENTS:-50}
# its own bare app (bench/baseline.sh), beside the other benches' on a shared machine
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-20}
# the history reads' JIT warm-up, bursts of WARMUP_BURST: C2 compiles this service for minutes on 2 cores; after
# 6 bursts the paced p99 was 31 ms, after 20 it was 15 ms (2026-12-06)
WARMUP_BURSTS=${WARMUP_BURSTS:-20}
BASELINE_WARMUP_BURSTS=${BASELINE_WARMUP_BURSTS:-6}   # the bare app is a few classes: it settles sooner
THINK_MS=${THINK_MS:-100}   # the paced history row: each connection's mean pause after an answer
PACED_DURATION=${PACED_DURATION:-30s}   # its length: ~5,500 requests, so its p99 rests on ~55 of them
BENCH_DB=${BENCH_DB:-hockey_hub_communication_bench}
WORK=${BENCH_WORK:-/tmp/hh-communication-bench}
JAR=${JAR:-communication-service/target/communication-service-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub}
# the bench's own reads and loads span the club tables: row-level security shows a session nothing unless it says so
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
PSQL=(psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt)
CLUB=0190d000-0000-7000-8000-00000000c004
LIVE=0190d000-0000-7000-8011-000000000000     # the conversation of the post -> receive runs
READER=0190d000-0000-7000-8012-000000000001   # a member of every history conversation
SENDER=0190d000-0000-7000-8013-000000000000   # posts to LIVE; writes half of the history too
FANOUT_TEAM=0190d000-0000-7000-8015-000000000000  # its members: 0190d000-0000-7000-8016-<n>
FANOUT_ORGANIZER=0190d000-0000-7000-8017-000000000000
TOTAL=$((CONVERSATIONS * MESSAGES))
mkdir -p "$WORK"
# shellcheck source=bench/baseline.sh
. bench/baseline.sh
for tool in wrk psql java openssl curl python3 jq; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

SERVICE=communication-service NAME=communication
# shellcheck source=bench/service-bench.sh
. bench/service-bench.sh
bench_prepare
trap 'stop_app; baseline_stop' EXIT
ROWS=()
LIVE_ROWS=()
FANOUT_ROWS=()
SEARCH_ROWS=()
scenario() { [[ " $SCENARIOS " == *" $1 "* ]]; }
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | ${6:--} |"); echo "${ROWS[-1]}" >&2; }
versus_bare() { # measured rps: "<ratio> (bare: <rps>)", the bare endpoint by the same connections and ids, now
  local bare; bare=$(stat_of "$(HOT=$CONVERSATIONS baseline_measure fixed.lua "$CONNECTIONS" "$DURATION" "$WORK/conversations.txt")" rps)
  echo "$(ratio "$1" "$bare") (bare: $bare/s)"
}
if scenario history; then
  bench_baseline_up
fi

start_app   # Flyway creates the schema on the first run

echo "== loading $CONVERSATIONS conversations × $MESSAGES messages = $TOTAL messages (first run only)" >&2
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM messages WHERE organization_id = '$CLUB'")" -lt "$TOTAL" ]; then
  "${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
DELETE FROM messages WHERE organization_id = '$CLUB';
DELETE FROM conversation_participants WHERE organization_id = '$CLUB';
DELETE FROM conversations WHERE organization_id = '$CLUB';
INSERT INTO conversations (id, organization_id, type, title, created_at, updated_at, version)
SELECT ('0190d000-0000-7000-8011-' || lpad(to_hex(c), 12, '0'))::uuid, '$CLUB', 'group', 'Bench chat ' || c,
       now() - interval '400 days', now(), 0
FROM generate_series(0, $CONVERSATIONS) AS c;
-- the history conversations: the reader and the sender
INSERT INTO conversation_participants (id, organization_id, conversation_id, user_id, role, joined_at)
SELECT gen_random_uuid(), '$CLUB', ('0190d000-0000-7000-8011-' || lpad(to_hex(c), 12, '0'))::uuid, u, 'member',
       now() - interval '400 days'
FROM generate_series(1, $CONVERSATIONS) AS c, (VALUES ('$READER'::uuid), ('$SENDER'::uuid)) AS p(u);
-- one message every 10 minutes back from now in each, the two members taking turns
INSERT INTO messages (id, organization_id, conversation_id, sender_id, body, created_at, updated_at, version)
SELECT gen_random_uuid(), '$CLUB', ('0190d000-0000-7000-8011-' || lpad(to_hex(c), 12, '0'))::uuid,
       CASE WHEN m % 2 = 0 THEN '$READER'::uuid ELSE '$SENDER'::uuid END,
       'Bench message ' || m || ': practice moves to rink ' || (m % 3 + 1) || ' at ' || (16 + m % 4) || ':30',
       now() - (m * interval '10 minutes'), now() - (m * interval '10 minutes'), 0
FROM generate_series(1, $CONVERSATIONS) AS c, generate_series(1, $MESSAGES) AS m;
VACUUM ANALYZE conversations;
VACUUM ANALYZE conversation_participants;
VACUUM ANALYZE messages;
-- the words the triggers wrote for search: without statistics the planner takes the table for empty and a common
-- word's search reads every message (10-25 s on 2026-12-06's first run, 15-70 ms once analyzed)
VACUUM ANALYZE message_search_words;
SQL
fi
# the live conversation: the sender and RECEIVERS receivers (set afresh each run: RECEIVERS may differ)
"${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
DELETE FROM conversation_participants WHERE conversation_id = '$LIVE';
INSERT INTO conversation_participants (id, organization_id, conversation_id, user_id, role, joined_at)
SELECT gen_random_uuid(), '$CLUB', '$LIVE', u, 'member', now() - interval '1 day'
FROM (SELECT '$SENDER'::uuid AS u UNION ALL
      SELECT ('0190d000-0000-7000-8014-' || lpad(to_hex(r), 12, '0'))::uuid FROM generate_series(1, $RECEIVERS) AS r) p;
SQL
"${PSQL[@]}" -c "SELECT id FROM conversations WHERE organization_id = '$CLUB' AND id <> '$LIVE' ORDER BY id" \
  > "$WORK/conversations.txt"
TOKEN=$(bench/mint-token.sh "$WORK/key.pem" player "$CLUB" "$READER")
SENDER_TOKEN=$(bench/mint-token.sh "$WORK/key.pem" player "$CLUB" "$SENDER")
export TOKEN
: > "$WORK/receivers.txt"
for r in $(seq 1 "$RECEIVERS"); do
  bench/mint-token.sh "$WORK/key.pem" player "$CLUB" "0190d000-0000-7000-8014-$(printf '%012x' "$r")" >> "$WORK/receivers.txt"
done
CONVERSATION=$(head -1 "$WORK/conversations.txt")
curl -fs -o "$WORK/one.json" -H "Authorization: Bearer $TOKEN" "$BASE/api/conversations/$CONVERSATION/messages?size=50" \
  || { echo "GET messages failed for $CONVERSATION" >&2; exit 1; }
[ "$(jq '.messages | length' "$WORK/one.json")" -eq 50 ] || { echo "the first page is not 50 messages" >&2; exit 1; }

if scenario fanout; then
  echo "== fan-out: one team event to $FANOUT_RECIPIENTS recipients, $FANOUT_EVENTS events one at a time" >&2
  "${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
DELETE FROM hockeyhub_roster_member WHERE team_id = '$FANOUT_TEAM';
INSERT INTO hockeyhub_roster_team (team_id, organization_id, name, age_group, season)
VALUES ('$FANOUT_TEAM', '$CLUB', 'Bench U16', 'U16', '2026-27') ON CONFLICT DO NOTHING;
INSERT INTO hockeyhub_roster_member (team_id, user_id, organization_id, team_role, jersey_number, position)
SELECT '$FANOUT_TEAM', ('0190d000-0000-7000-8016-' || lpad(to_hex(r), 12, '0'))::uuid, '$CLUB',
       CASE WHEN r = 1 THEN 'coach' ELSE 'player' END, CASE WHEN r = 1 THEN NULL ELSE r END, NULL
FROM generate_series(1, $FANOUT_RECIPIENTS) AS r;
SQL
  out=$(SUBJECT="hhbench.$NAME.events.calendar.event.updated" CLUB=$CLUB TEAM=$FANOUT_TEAM \
    ORGANIZER=$FANOUT_ORGANIZER RECIPIENTS=$FANOUT_RECIPIENTS EVENTS=$FANOUT_EVENTS PSQL_DB=$BENCH_DB \
    python3 bench/communication-fanout.py)
  echo "$out" >&2
  f() { tr ' ' '\n' <<<"$out" | grep "^$1=" | cut -d= -f2; }
  FANOUT_ROWS+=("| calendar.event.updated to a team of $(f recipients), $(f events) events one at a time | $(f p50) ms | $(f p99) ms | $(f max) ms | $(f stored) of $(f expected) |")
fi

budget() { # <snapshot before> <messages> <snapshot after>: "service / PostgreSQL / Redis / NATS" CPU ms per message
  awk -v n="$2" -v hz="$(getconf CLK_TCK)" -v a="$1" -v b="$3" 'BEGIN {
    split(a, x, " "); split(b, y, " "); s = ""
    for (i = 1; i <= 4; i++) s = s sprintf("%s%.2f", i > 1 ? " / " : "", (y[i] - x[i]) * 1000 / hz / n); print s }'
}
snapshot() { # CPU ticks so far (bench/baseline.sh cpu_ticks) of the service, PostgreSQL (all its processes), Redis, NATS
  echo "$(cpu_ticks "$APP_PID") $(cpu_ticks $(pgrep -u postgres postgres)) $(cpu_ticks $(pgrep redis-server)) $(cpu_ticks $(pgrep nats-server))"
}
for rate in $RATES; do
  scenario realtime || break
  echo "== post -> receive, $RECEIVERS receivers, $rate messages/s" >&2
  before=$(snapshot)
  posters=$SENDER_TOKEN
  [ "$POSTERS" -gt 1 ] && posters=$(head -n "$POSTERS" "$WORK/receivers.txt" | paste -sd,)
  out=$(HOST=127.0.0.1 PORT=$PORT CONVERSATION=$LIVE SENDER_TOKEN=$posters RECEIVER_TOKENS="$WORK/receivers.txt" \
    RATE=$rate WARMUP=$WARMUP MEASURE_SECONDS=$SECONDS_MEASURED SENDERS=$SENDERS \
    profiled "realtime $rate per second" java -XX:+UseParallelGC -Xmx1g bench/CommunicationRealtime.java)
  after=$(snapshot)
  echo "$out" >&2
  f() { tr ' ' '\n' <<<"$out" | grep "^$1=" | cut -d= -f2; }
  total=$(awk -v r="$rate" -v w="$WARMUP" -v m="$SECONDS_MEASURED" 'BEGIN { printf "%d", r * (w + m) }')
  LIVE_ROWS+=("| $(f receivers) SSE receivers, $rate messages/s asked ($(f achieved)/s posted by $POSTERS) | $(f p50) ms | $(f p99) ms | $(f max) ms | $(f delivered) of $(f expected) | $(f post_p50) / $(f post_p99) ms | $(f post_errors) | $(budget "$before" "$total" "$after") / $(f client_cpu_per_message) |")
  echo "${LIVE_ROWS[-1]}" >&2
done

history() { # wrk output (bench/fixed.lua: the newest page of each conversation; THINK_MS paces it)
  IDS_FILE="$WORK/conversations.txt" HOT=$CONVERSATIONS PATH_PREFIX=/api/conversations/ PATH_SUFFIX="/messages?size=50" \
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$ROOT/bench/fixed.lua" "$BASE" 2>&1
}
if scenario history; then
echo "== history, newest page (size 50), $CONVERSATIONS conversations round robin" >&2
# the JIT warm-up (WARMUP_BURSTS × WARMUP_BURST): one window of a fresh service measured the compiler, not the read
warm_up history
out=$(profiled "communication history newest page" history)
row "GET /api/conversations/{id}/messages?size=50, newest page (over $TOTAL messages)" "$(stat_of "$out" rps)" \
  "$(stat_of "$out" p50)" "$(stat_of "$out" p99)" "$(stat_of "$out" errors)" "$(versus_bare "$(stat_of "$out" rps)")"
# the same read paced as people read (each connection waits ~THINK_MS after each answer), not as fast as the machine
# can answer: the latency of a page itself rather than of a queue of CONNECTIONS requests on two cores
out=$(THINK_MS=$THINK_MS DURATION=$PACED_DURATION history)
row "the same, paced: $CONNECTIONS clients each reading again ~$THINK_MS ms (exponential) after an answer" "$(stat_of "$out" rps)" \
  "$(stat_of "$out" p50)" "$(stat_of "$out" p99)" "$(stat_of "$out" errors)" "-"

echo "== history, a page from the middle of each conversation (cursor)" >&2
# the cursor of each conversation's middle message, encoded as the service encodes it (base64url of "<instant>|<id>")
"${PSQL[@]}" > "$WORK/cursors.txt" <<SQL
SET hockeyhub.organization_id = '*';
SELECT c.id || '/messages?size=50&before=' || rtrim(translate(replace(encode(convert_to(
         to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || m.id, 'UTF8'), 'base64'),
         E'\\n', ''), '+/', '-_'), '=')
FROM (SELECT id FROM conversations WHERE organization_id = '$CLUB' AND id <> '$LIVE' ORDER BY id LIMIT 100) c
CROSS JOIN LATERAL (SELECT id, created_at FROM messages WHERE conversation_id = c.id AND deleted_at IS NULL
                    ORDER BY created_at DESC, id DESC OFFSET $((MESSAGES / 2)) LIMIT 1) m;
SQL
curl -fs -o "$WORK/deep.json" -H "Authorization: Bearer $TOKEN" "$BASE/api/conversations/$(head -1 "$WORK/cursors.txt")" \
  || { echo "GET a deep page failed: $(head -1 "$WORK/cursors.txt")" >&2; exit 1; }
[ "$(jq '.messages | length' "$WORK/deep.json")" -eq 50 ] || { echo "the deep page is not 50 messages" >&2; exit 1; }
IDS_FILE="$WORK/cursors.txt" HOT=100 PATH_PREFIX=/api/conversations/ wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_BURST:-15s}" --timeout 10s \
  -s "$ROOT/bench/fixed.lua" "$BASE" > /dev/null 2>&1
out=$(IDS_FILE="$WORK/cursors.txt" HOT=100 PATH_PREFIX=/api/conversations/ profiled "communication history deep page" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency \
  -s "$ROOT/bench/fixed.lua" "$BASE" 2>&1)
row "GET /api/conversations/{id}/messages?size=50&before=<cursor>, message $((MESSAGES / 2)) back (100 conversations)" \
  "$(stat_of "$out" rps)" "$(stat_of "$out" p50)" "$(stat_of "$out" p99)" "$(stat_of "$out" errors)" \
  "$(versus_bare "$(stat_of "$out" rps)")"

echo "== message search over the reader's $TOTAL messages (best of 3, one request at a time)" >&2
# rare ("999": one message per conversation), absent, and common words (every message says "practice" and "rink")
for q in 999 zamboni "rink 2" practice "999 rink" "rink -practice" '"rink 2" -practice'; do
  best="" status=""
  for _ in 1 2 3; do
    read -r t status < <(curl -s -o "$WORK/search.json" -w '%{time_total} %{http_code}\n' -G \
      -H "Authorization: Bearer $TOKEN" --data-urlencode "q=$q" --data-urlencode size=20 "$BASE/api/messages/search")
    best=$(awk -v a="$t" -v b="${best:-999}" 'BEGIN { print (a < b ? a : b) }')
  done
  if [ "$status" = 200 ]; then results=$(jq length "$WORK/search.json"); else results="HTTP $status"; fi
  SEARCH_ROWS+=("| q=$q | $results | $(awk -v t="$best" 'BEGIN { printf "%.1f ms", t * 1000 }') |")
  echo "${SEARCH_ROWS[-1]}" >&2
done
fi
stop_app

PLAN=$("${PSQL[@]}" <<SQL
SET hockeyhub.organization_id = '*';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM messages WHERE conversation_id = '$CONVERSATION' AND deleted_at IS NULL
ORDER BY created_at DESC, id DESC LIMIT 51;
SQL
)

echo
echo "communication-service, $(nproc) cores, $(date -u +'%F %H:%M') UTC."
echo
echo "Post -> receive over SSE (one group conversation, a member posting over HTTP, $WARMUP s warm-up then $SECONDS_MEASURED s measured;"
echo "latency from the POST being written to each receiver reading message.created; bench/CommunicationRealtime.java, one selector thread for the receivers, one clock):"
echo
echo "Last column: CPU milliseconds per posted message (warm-up included) of the service / PostgreSQL / Redis / NATS / the"
echo "load generator (its $SENDERS posting connections and the receivers' reads):"
echo
echo "| run | p50 | p99 | max | delivered (measured) | POST p50 / p99 | POST errors | CPU ms per message |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${LIVE_ROWS[@]}"
echo
echo "History ($CONVERSATIONS conversations × $MESSAGES messages = $TOTAL; one member of them all; wrk $DURATION × $CONNECTIONS connections):"
echo
echo "| measurement | per second | p50 | p99 | non-2xx | vs bare Spring endpoint, same run |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "Message search (GET /api/messages/search?size=20 as the reader, one request at a time, best of 3):"
echo
echo "| query | results | time |"
echo "|---|---|---|"
printf '%s\n' "${SEARCH_ROWS[@]}"
echo
echo "Notification fan-out (one event at a time; from the publish on JetStream to the team's last notification stored,"
echo "its row's created_at: PostgreSQL's clock, the same machine):"
echo
echo "| run | p50 | p99 | max | notifications stored |"
echo "|---|---|---|---|---|"
printf '%s\n' "${FANOUT_ROWS[@]}"
echo
echo "Query plan (newest page of one conversation, PostgreSQL EXPLAIN ANALYZE):"
echo
echo '```'
echo "$PLAN"
echo '```'
