#!/usr/bin/env bash
# user-service benchmark: seeds a 100k-user club, runs wrk against a running user-service and prints requests/s,
# p50 and p99 for GET user by id, a page of 20 of the club's users, and full-text search; then EXPLAIN (ANALYZE)
# of the SQL behind each, to show the indexes at work. Not a test: it prints numbers, it asserts nothing.
#
#   bench/user-service-bench.sh                 # defaults below; needs wrk (apt-get install -y wrk), psql, java 17
#   USERS=20000 DURATION=10s bench/user-service-bench.sh
#
# Uses its own database (BENCH_DB, created if missing) and port, so it never touches hockey_hub_users.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-100000}
BENCH_DB=${BENCH_DB:-hockey_hub_users_bench}
PORT=${PORT:-8091}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PGHOST=${PGHOST:-127.0.0.1}
export PGUSER=${DB_USER:-hockeyhub} PGPASSWORD=${DB_PASSWORD:-hockeyhub} PGHOST
# the bench reads the club tables across clubs: row-level security shows a session that states no club nothing
export PGOPTIONS="${PGOPTIONS:-} -c hockeyhub.organization_id=*"
JAR=user-service/target/user-service-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d)
BASE=http://127.0.0.1:$PORT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'" | grep -q 1 \
  || psql -d postgres -c "CREATE DATABASE $BENCH_DB" >/dev/null
[ -f "$JAR" ] || ./mvnw -B -q -pl user-service -am package -DskipTests

echo "== starting user-service on :$PORT (seed profile, hockeyhub.seed.users=$USERS, database $BENCH_DB)"
DB_URL=jdbc:postgresql://$PGHOST:5432/$BENCH_DB java -Xmx512m -XX:+UseSerialGC -jar "$JAR" \
  --spring.profiles.active=seed --hockeyhub.seed.users="$USERS" --server.port="$PORT" \
  --logging.level.org.hibernate.SQL_SLOW=WARN >"$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 600); do
  grep -q "Scale seed: done\|Scale club already has" "$WORK/service.log" && curl -fs "$BASE/actuator/health/readiness" >/dev/null && break
  kill -0 $PID 2>/dev/null || { tail -50 "$WORK/service.log"; exit 1; }
  sleep 1
done
grep -E "Scale seed: (done|[0-9]+ /)|Scale club already" "$WORK/service.log" | sed 's/^.*ScaleSeeder *: /   /'
psql -d "$BENCH_DB" -q -c "VACUUM ANALYZE users" -c "VACUUM ANALYZE user_organizations" -c "VACUUM ANALYZE team_members"

ORG=$(psql -d "$BENCH_DB" -Atc "SELECT id FROM organizations WHERE subdomain = 'scale'")
COACH=$(psql -d "$BENCH_DB" -Atc "SELECT u.email FROM users u JOIN user_organizations m ON m.user_id = u.id
  WHERE m.organization_id = '$ORG' AND m.role = 'COACH' ORDER BY u.email LIMIT 1")
TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"email\":\"$COACH\",\"password\":\"Scale-Hockey-2026\"}" "$BASE/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
psql -d "$BENCH_DB" -Atc "SELECT u.id FROM users u JOIN user_organizations m ON m.user_id = u.id
  WHERE m.organization_id = '$ORG' ORDER BY random() LIMIT 2000" >"$WORK/ids.txt"
echo "== club $ORG, $(psql -d "$BENCH_DB" -Atc "SELECT count(*) FROM user_organizations WHERE organization_id = '$ORG'") members; caller: coach $COACH"

cat >"$WORK/common.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
-- globals: the scenario scripts load this file with dofile
lines = {}
for line in io.lines("$WORK/ids.txt") do lines[#lines + 1] = line end
words = {"smi", "virtanen", "emma", "karl", "liam", "user12", "tremblay", "sofia", "walsh", "aho", "ko", "noah l"}
function pick(t) return t[math.random(#t)] end
LUA
cat >"$WORK/by-id.lua" <<LUA
dofile("$WORK/common.lua")
request = function() return wrk.format("GET", "/api/users/" .. pick(lines)) end
LUA
cat >"$WORK/page.lua" <<LUA
dofile("$WORK/common.lua")
request = function() return wrk.format("GET", "/api/users?size=20&page=" .. math.random(0, 200)) end
LUA
cat >"$WORK/search.lua" <<LUA
dofile("$WORK/common.lua")
request = function() return wrk.format("GET", "/api/users?size=20&q=" .. pick(words):gsub(" ", "%%20")) end
LUA

# warm-up (JIT, connection pool), then the measured runs
wrk -t1 -c4 -d5s -s "$WORK/by-id.lua" "$BASE" >/dev/null
wrk -t1 -c4 -d5s -s "$WORK/page.lua" "$BASE" >/dev/null
wrk -t1 -c4 -d5s -s "$WORK/search.lua" "$BASE" >/dev/null

printf '\n%-40s %10s %10s %10s %8s\n' "scenario ($THREADS threads, $CONNECTIONS connections, $DURATION)" "req/s" "p50" "p99" "non-2xx"
for scenario in "GET /api/users/{id}:by-id" "GET /api/users?size=20&page=N:page" "GET /api/users?q=...&size=20:search"; do
  name=${scenario%%:*}; script=${scenario##*:}
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/$script.lua" "$BASE" >"$WORK/$script.out"
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$script.out")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$script.out")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$script.out")
  errors=$(awk '/Non-2xx/ {print $NF}' "$WORK/$script.out")
  printf '%-40s %10s %10s %10s %8s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
done

ID=$(head -1 "$WORK/ids.txt")
. bench/user-service-sql.sh  # the scripts run from the repository root
MEMBER=$(club_member)
explain() { echo; echo "-- $1"; psql -d "$BENCH_DB" -Atc "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) $2"; }
echo; echo "== EXPLAIN (ANALYZE) of the statements behind the endpoints (the same SQL the service sends)"
explain "user by id (Hibernate findById, soft-delete filter)" \
  "SELECT * FROM users u WHERE u.id = '$ID' AND u.deleted_at IS NULL"
explain "the user's memberships (club and roles in the DTO; same-club check)" \
  "SELECT * FROM user_organizations m WHERE m.user_id = '$ID' AND m.deleted_at IS NULL"
explain "page of 20 of the club's users, ordered by name (page 100)" \
  "SELECT u.id FROM users u WHERE u.deleted_at IS NULL AND $MEMBER ORDER BY u.last_name ASC, u.first_name ASC, u.id ASC LIMIT 20 OFFSET 2000"
explain "total for the page (from the memberships: no pass over users)" \
  "SELECT count(DISTINCT m.user_id) FROM user_organizations m WHERE m.organization_id = '$ORG' AND m.deleted_at IS NULL"
explain "full-text search q=virtanen (page query: the words' btree first, then sort the hits)" \
  "WITH u AS MATERIALIZED (SELECT u.id, u.last_name, u.first_name, u.email, u.created_at FROM users u WHERE u.deleted_at IS NULL AND $MEMBER AND $(search_word virtanen)) SELECT u.id FROM u ORDER BY u.last_name ASC, u.first_name ASC, u.id ASC LIMIT 20 OFFSET 0"
explain "full-text search q=virtanen (total)" \
  "SELECT count(*) FROM users u WHERE u.deleted_at IS NULL AND $MEMBER AND $(search_word virtanen)"
