#!/usr/bin/env bash
# Runs once, when a database container starts on an empty volume (docker-entrypoint-initdb.d): the service's
# role and database, and pg_stat_statements (preloaded by the container's command line).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v app_user="$APP_DB_USER" -v app_password="$APP_DB_PASSWORD" -v app_db="$APP_DB_NAME" <<'SQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
GRANT pg_read_all_stats TO :"app_user";
CREATE DATABASE :"app_db" OWNER :"app_user";
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$APP_DB_NAME" \
     -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
