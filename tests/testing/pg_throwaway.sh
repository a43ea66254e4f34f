#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (recipe:
# ../shared/docs/toolchain.md §8): trust authentication on 127.0.0.1 only,
# a fresh data directory, no fsync (test data only).
#
#   pg_throwaway.sh start DIR   starts it; writes the database URI to DIR/uri
#   pg_throwaway.sh stop DIR    stops it and removes DIR
#
# The server refuses to run as root, so as root it runs as the `postgres`
# user (runuser). Exits 77 (skip) when PostgreSQL 15 is not installed, or
# when neither root nor that user is available.
set -euo pipefail

action=${1:?usage: pg_throwaway.sh start|stop DIR}
dir=${2:?usage: pg_throwaway.sh start|stop DIR}
pgbin=/usr/lib/postgresql/15/bin

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$action" in
start)
  if [ ! -x "$pgbin/initdb" ]; then
    echo "pg_throwaway: PostgreSQL 15 is not installed (tools/setup.sh installs it)" >&2
    exit 77
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "pg_throwaway: no postgres user to run the server as" >&2
    exit 77
  fi
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server_user "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  port=$(free_port)
  as_server_user "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log"
  as_server_user "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  psql "host=127.0.0.1 port=$port user=postgres dbname=postgres" -v ON_ERROR_STOP=1 -qc \
    "CREATE DATABASE newsgraph_test"
  echo "postgresql://postgres@127.0.0.1:$port/newsgraph_test" >"$dir/uri"
  echo "pg_throwaway: PostgreSQL on 127.0.0.1:$port ($dir)"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server_user "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg_throwaway.sh start|stop DIR" >&2
  exit 2
  ;;
esac
