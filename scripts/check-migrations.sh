#!/usr/bin/env bash
# `./mvnw flyway:migrate` must build the same schema as the services' own start-up migration (issue 13).
#   scripts/check-migrations.sh SUFFIX
# SUFFIX names databases a running suite migrated at start-up (e.g. _smoke: hockey_hub_users_smoke, ...). For every
# service of the build this creates a fresh <database>_fw, migrates all of them with the Maven plugin in one reactor
# run (package first, so shared-lib resolves without a prior install), and compares `pg_dump --schema-only` of both.
set -euo pipefail
cd "$(dirname "$0")/.."
SUFFIX=${1:?usage: scripts/check-migrations.sh SUFFIX-of-the-start-up-migrated-databases}
export PGPASSWORD=${DB_PASSWORD:-hockeyhub}
PG=(-h 127.0.0.1 -U "${DB_USER:-hockeyhub}")
mapfile -t rows < <(./hockeyhub services)
dbs=()
for row in "${rows[@]}"; do read -r _ _ db <<<"$row"; dbs+=("$db"); done
cleanup() { for db in "${dbs[@]}"; do psql "${PG[@]}" -d postgres -qc "DROP DATABASE IF EXISTS ${db}_fw WITH (FORCE)" >/dev/null 2>&1; done; }
trap cleanup EXIT
for db in "${dbs[@]}"; do
  psql "${PG[@]}" -d postgres -qc "DROP DATABASE IF EXISTS ${db}_fw WITH (FORCE)" -c "CREATE DATABASE ${db}_fw" >/dev/null
done
./mvnw -B -q package -DskipTests flyway:migrate -Ddb.suffix=_fw
schema() { pg_dump "${PG[@]}" --schema-only --no-owner --no-privileges -d "$1" | grep -v '^--' | grep -v '^SET \|^SELECT pg_catalog.set_config' \
    | grep -v '^\\\(un\)\?restrict ' | sed '/^$/d'; } # (un)restrict: a random key of newer pg_dump
bad=0
for db in "${dbs[@]}"; do
  if diff <(schema "$db$SUFFIX") <(schema "${db}_fw") >"/tmp/check-migrations-$db.diff"; then
    echo "[migrations] ok    $db: flyway:migrate gives the schema the service's start-up migration gives"
  else
    bad=1; echo "[migrations] FAIL  $db differs (see /tmp/check-migrations-$db.diff):" >&2; head -20 "/tmp/check-migrations-$db.diff" >&2
  fi
done
exit $bad
