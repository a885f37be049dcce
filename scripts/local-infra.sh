#!/usr/bin/env bash
# Makes sure the local infrastructure Hockey Hub needs is installed and running on this machine:
# PostgreSQL on 127.0.0.1:5432 (role hockeyhub/hockeyhub with CREATEDB, pg_stat_statements preloaded,
# the nine service databases), Redis on 127.0.0.1:6379 and NATS with JetStream on 127.0.0.1:4222.
# Idempotent: running it again changes nothing. Used by .ci/run and the local start command.
set -euo pipefail

DATABASES="hockey_hub_users hockey_hub_admin hockey_hub_calendar hockey_hub_communication hockey_hub_medical hockey_hub_payment hockey_hub_planning hockey_hub_statistics hockey_hub_training"

log() { printf '[infra] %s\n' "$*"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
is_root() { [ "$(id -u)" = "0" ]; }

install_missing() {
  local missing=()
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ -x /usr/sbin/nats-server ] || command -v nats-server >/dev/null 2>&1 || missing+=(nats-server)
  if [ ${#missing[@]} -gt 0 ]; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      log "installing ${missing[*]}"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      log "missing: ${missing[*]} — install them, e.g.: sudo apt-get install -y postgresql postgresql-contrib redis-server nats-server"
      return 1
    fi
  fi
}

wait_port() {
  local port=$1 name=$2
  for _ in $(seq 1 60); do port_open "$port" && return 0; sleep 0.5; done
  log "$name did not open port $port"; return 1
}

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -p 5432 $*"; }

start_postgres() {
  if ! port_open 5432; then
    log "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
    wait_port 5432 PostgreSQL
  fi
  # the development role and pg_stat_statements (needs a superuser; done here, never in an app migration)
  psql_admin "-c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='hockeyhub') THEN CREATE ROLE hockeyhub LOGIN PASSWORD 'hockeyhub' CREATEDB; END IF; END \\\$\\\$;\"" >/dev/null
  psql_admin "-c 'GRANT pg_read_all_stats TO hockeyhub'" >/dev/null 2>&1 || true
  local preload connections restart=
  preload=$(psql_admin "-c 'SHOW shared_preload_libraries'")
  connections=$(psql_admin "-c 'SHOW max_connections'")
  if [[ "$preload" != *pg_stat_statements* ]]; then
    log "preloading pg_stat_statements"
    psql_admin "-c \"ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'\"" >/dev/null
    restart=1
  fi
  # nine services (pools of up to 20) plus parallel test runs need more than the default 100 connections
  if [ "$connections" -lt 400 ]; then
    log "max_connections $connections -> 400"
    psql_admin "-c 'ALTER SYSTEM SET max_connections = 400'" >/dev/null
    restart=1
  fi
  if [ -n "$restart" ]; then
    log "restarting PostgreSQL once for the settings above"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main restart
    wait_port 5432 PostgreSQL
  fi
  for db in $DATABASES; do
    if [ -z "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='$db'\"")" ]; then
      psql_admin "-c 'CREATE DATABASE $db OWNER hockeyhub'" >/dev/null
    fi
    psql_admin "-d $db -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'" >/dev/null 2>&1 || true
  done
  psql_admin "-d template1 -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'" >/dev/null 2>&1 || true
}

start_redis() {
  if ! port_open 6379; then
    log "starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
    wait_port 6379 Redis
  fi
}

start_nats() {
  if ! port_open 4222; then
    log "starting NATS (JetStream)"
    mkdir -p /var/lib/nats-server
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
      -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
    wait_port 4222 NATS
  fi
}

main() {
  if port_open 5432 && port_open 6379 && port_open 4222 && ! is_root; then
    log "PostgreSQL, Redis and NATS are running (not root: role and database set-up skipped)"
    return 0
  fi
  if ! is_root; then
    log "not all services run and this is not root. Start them with:"
    log "  sudo pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start"
    log "  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no"
    log "  nats-server -a 127.0.0.1 -p 4222 -js &"
    return 1
  fi
  install_missing
  start_postgres
  start_redis
  start_nats
  log "PostgreSQL :5432, Redis :6379, NATS :4222 ready"
}

main "$@"
