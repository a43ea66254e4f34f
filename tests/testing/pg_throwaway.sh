#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (recipe:
# ../shared/docs/toolchain.md §8): trust authentication on 127.0.0.1 only,
# a fresh data directory, no fsync (test data only).
#
#   pg_throwaway.sh start DIR   starts it; writes the database URI to DIR/uri
#   pg_throwaway.sh stop DIR    stops it and removes it and DIR
#
# The cluster itself lives in a fresh directory under ${TMPDIR:-/tmp}
# (named in DIR/cluster), which the server's user can reach wherever DIR is.
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
  "$0" stop "$dir" >/dev/null 2>&1 || true  # a cluster an interrupted run left
  mkdir -p "$dir"
  cluster=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-pg.XXXXXX")
  echo "$cluster" >"$dir/cluster"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$cluster"; fi
  port=$(free_port)
  as_server_user "$pgbin/initdb" -D "$cluster/data" -U postgres --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$cluster/initdb.log"
  as_server_user "$pgbin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  psql "host=127.0.0.1 port=$port user=postgres dbname=postgres" -v ON_ERROR_STOP=1 -qc \
    "CREATE DATABASE newsgraph_test"
  echo "postgresql://postgres@127.0.0.1:$port/newsgraph_test" >"$dir/uri"
  echo "pg_throwaway: PostgreSQL on 127.0.0.1:$port ($cluster)"
  ;;
stop)
  cluster=$(cat "$dir/cluster" 2>/dev/null || true)
  if [ -n "$cluster" ] && [ -f "$cluster/data/postmaster.pid" ]; then
    as_server_user "$pgbin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null
  fi
  if [ -n "$cluster" ]; then rm -rf "$cluster"; fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg_throwaway.sh start|stop DIR" >&2
  exit 2
  ;;
esac
