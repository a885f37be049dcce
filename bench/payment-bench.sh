#!/usr/bin/env bash
# payment-service benchmark (docs/performance.md, section "payment-service"). One command:
#   bench/payment-bench.sh
# Starts payment-service on its own database and port (never the dev ones), trusting a throw-away key pair whose
# tokens bench/mint-token.sh mints; loads a club with INVOICES invoices (SQL, generate_series) and a team of PLAYERS
# rostered players; then measures: payments recorded with Idempotency-Keys (sequential with curl, concurrent with
# wrk), a season-fee run for the team (and its idempotent repeat), and the dashboards: GET /api/payments/dashboard
# for the club admin (Redis cache warm, and with caching disabled: the running totals of invoice_totals) and for a parent (the family view, never cached),
# and GET /api/payments/revenue over 12 months — p50/p99 under wrk. Prints a markdown table; asserts nothing.
# Each throughput row also states its ratio to a bare Spring endpoint (bench/baseline.sh) measured by the same wrk
# script and connections right after it.
# Its events go to a stream of its own (HH_BENCH_PAYMENT), never the suite's HOCKEYHUB_EVENTS.
# Needs PostgreSQL/Redis/NATS as in architecture.md "Local services", wrk (apt-get install -y wrk), java 17, openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
INVOICES=${INVOICES:-100000}
PLAYERS=${PLAYERS:-500}
SEQUENTIAL=${SEQUENTIAL:-300}
PORT=${PORT:-18096}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-20}
BENCH_DB=${BENCH_DB:-hockey_hub_payment_bench}
WORK=${BENCH_WORK:-/tmp/hh-payment-bench}
JAR=${JAR:-payment-service/target/payment-service-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub}
# the bench's own reads and loads span the club tables: row-level security shows a session nothing unless it says so
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
PSQL=(psql -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt)
CLUB=0190d000-0000-7000-8000-00000000b001
TEAM=0190d000-0000-7000-8000-00000000b101
mkdir -p "$WORK"
SERVICE=payment-service NAME=payment
# shellcheck source=bench/service-bench.sh
. bench/service-bench.sh
BARE_IDS=$WORK/open-ids.txt   # the bare endpoint is driven over the same ids
bench_open

START="$(date -u +'%F %H:%M') UTC, load: $(uptime | sed 's/.*load average: //')"
start_app
TOKEN=$(bench/mint-token.sh "$WORK/key.pem" club_admin "$CLUB")
export TOKEN

echo "== loading $INVOICES invoices and a team of $PLAYERS players (first run only)" >&2
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM invoices WHERE organization_id = '$CLUB'")" -lt "$INVOICES" ]; then
  "${PSQL[@]}" <<SQL
INSERT INTO invoices (id, organization_id, number, number_year, number_seq, status, payer_id, player_id, description,
    currency, tax_rate, subtotal, tax, total, paid_amount, refunded_amount, issue_date, due_date, created_at,
    updated_at, version)
SELECT gen_random_uuid(), '$CLUB', 'B-' || i, 2025, i,
       (ARRAY['open', 'open', 'paid', 'partially_paid', 'overdue'])[1 + i % 5], gen_random_uuid(), gen_random_uuid(),
       'Bench invoice ' || i, 'EUR', 0, 100.00, 0, 100.00,
       CASE i % 5 WHEN 2 THEN 100.00 WHEN 3 THEN 40.00 ELSE 0 END, 0,
       date '2025-01-01' + (i % 300), date '2025-01-01' + (i % 300) + CASE i % 5 WHEN 4 THEN 14 ELSE 600 END,
       now(), now(), 0
FROM generate_series(1, $INVOICES) AS i
ON CONFLICT DO NOTHING;
INSERT INTO hockeyhub_roster_team (team_id, organization_id, name, age_group, season)
VALUES ('$TEAM', '$CLUB', 'Bench U18', 'U18', '2026-2027') ON CONFLICT DO NOTHING;
INSERT INTO hockeyhub_roster_member (team_id, user_id, organization_id, team_role, jersey_number)
SELECT '$TEAM', gen_random_uuid(), '$CLUB', 'player', 1 + i % 99 FROM generate_series(1, $PLAYERS) AS i
WHERE (SELECT count(*) FROM hockeyhub_roster_member WHERE team_id = '$TEAM') = 0;
VACUUM ANALYZE invoices;
SQL
fi
"${PSQL[@]}" -c "SELECT id FROM invoices WHERE organization_id = '$CLUB' AND status = 'open' LIMIT 20000" \
  > "$WORK/open-ids.txt"

echo "== payments, sequential ($SEQUENTIAL with curl)" >&2
RUN=$(date +%s%N)
start=$(date +%s%N)
i=0
while read -r id && [ $i -lt "$SEQUENTIAL" ]; do
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: seq-$RUN-$i" -d '{"amount":1.00,"method":"cash"}' "$BASE/api/invoices/$id/payments"
  i=$((i + 1))
done < "$WORK/open-ids.txt"
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
row "payments recorded, sequential (one client, new key each)" "$(awk -v n="$i" -v ms="$elapsed" \
  'BEGIN { printf "%.0f", n * 1000 / ms }')" "$(awk -v n="$i" -v ms="$elapsed" 'BEGIN { printf "%.1fms", ms / n }')" "-" 0

echo "== payments, concurrent (wrk, $CONNECTIONS connections)" >&2
out=$(RUN="wrk-$RUN" IDS_FILE="$WORK/open-ids.txt" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency \
  -s "$ROOT/bench/payment-pay.lua" "$BASE" 2>&1)
row_of "payments recorded, concurrent ($CONNECTIONS connections, new key each)" "$out"

echo "== season fees for $PLAYERS players (3 instalments)" >&2
fee() {
  curl -s -o "$WORK/fee.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' "$BASE/api/season-fees" \
    -d "{\"teamId\":\"$TEAM\",\"season\":\"$1\",\"amount\":1200.00,\"currency\":\"EUR\",\"taxRate\":25,\"instalments\":3,\"firstDueDate\":\"$(date -u -d '+30 days' +%F)\"}"
}
SEASON="B${RUN: -9}"
first=$(fee "$SEASON"); again=$(fee "$SEASON")
row "season fees, $PLAYERS players × 3 instalments (first run: HTTP ${first%% *})" "-" "${first#* }s" "-" 0
row "season fees, the same run repeated (issues nothing: HTTP ${again%% *})" "-" "${again#* }s" "-" 0

echo "== dashboard over $INVOICES invoices" >&2
echo "$CLUB" > "$WORK/dash.txt"
dash() { HOT=1 hot_read "$WORK/dash.txt" /api/payments/dashboard?; }
warm_up dash
out=$(dash)
row_of "GET /api/payments/dashboard, Redis cache warm" "$out"
# uncached, the club dashboard reads the running totals (invoice_totals, kept by a trigger on invoices; migration V4
# backfills a bench database loaded before it): make sure they hold the loaded club before timing that read
totals=$("${PSQL[@]}" -c "SELECT coalesce(sum(invoice_count), 0) || ' ' || coalesce(sum(total_sum), 0) FROM invoice_totals
  WHERE organization_id = '$CLUB'")
scratch=$("${PSQL[@]}" -c "SELECT count(*) || ' ' || coalesce(sum(total), 0) FROM invoices WHERE organization_id = '$CLUB'
  AND deleted_at IS NULL")
[ "$totals" = "$scratch" ] || { echo "invoice_totals ($totals) disagree with the invoices ($scratch)" >&2; exit 1; }
start_app --hockeyhub.cache.enabled=false
warm_up dash
out=$(dash)
row_of "GET /api/payments/dashboard, caching disabled (running totals read each time)" "$out"

echo "== a parent's dashboard and the club's monthly revenue over $INVOICES invoices" >&2
# a family of the bench club: 20 of its invoices are billed to one parent (idempotent)
PARENT=0190d000-0000-7000-8000-00000000b201
"${PSQL[@]}" -c "UPDATE invoices SET payer_id = '$PARENT' WHERE organization_id = '$CLUB' AND number_seq % 5000 = 1
  AND payer_id <> '$PARENT'"
out=$(TOKEN=$(bench/mint-token.sh "$WORK/key.pem" parent "$CLUB" "$PARENT") dash)
row_of "GET /api/payments/dashboard as a parent (family view: what I owe, history; never cached)" "$out"
date -u +%Y-%m > "$WORK/month.txt"
out=$(HOT=1 hot_read "$WORK/month.txt" \
  "/api/payments/revenue?from=$(date -u -d "$(date -u +%Y-%m-15) -11 months" +%Y-%m)&to=")
row_of "GET /api/payments/revenue, 12 months (club admin, aggregate over payments and refunds)" "$out"
stop_app

bench_table "payment-service, $INVOICES invoices in the club, $PLAYERS players, $(nproc) cores, from $START to $(date -u +'%H:%M') UTC, wrk $DURATION × $CONNECTIONS connections:" "p50 / time"
