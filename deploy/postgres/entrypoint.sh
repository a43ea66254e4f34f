#!/bin/sh
# Starts PostgreSQL in the foreground; on first start (empty $PGDATA) makes
# the cluster, the user $POSTGRES_USER (password $POSTGRES_PASSWORD, or no
# password with POSTGRES_HOST_AUTH_METHOD=trust) and the database
# $POSTGRES_DB. Extra arguments go to postgres (e.g. -c fsync=off).
set -eu

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  auth=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}
  if [ "$auth" != trust ] && [ -z "${POSTGRES_PASSWORD:-}" ]; then
    echo "newsgraph-postgres: set POSTGRES_PASSWORD (or POSTGRES_HOST_AUTH_METHOD=trust for tests)" >&2
    exit 1
  fi
  pwfile=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:-}" >"$pwfile"
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host="$auth" >/dev/null
  rm -f "$pwfile"
  echo "host all all all $auth" >>"$PGDATA/pg_hba.conf"
  # The database, over the local socket only, before any client can connect.
  pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -k /tmp" -w start >/dev/null
  if [ "$POSTGRES_DB" != postgres ]; then
    psql -h /tmp -U "$POSTGRES_USER" -d postgres -v ON_ERROR_STOP=1 -q \
      -c "CREATE DATABASE \"$POSTGRES_DB\""
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  echo "newsgraph-postgres: initialized $PGDATA (user $POSTGRES_USER, database $POSTGRES_DB)"
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -k /tmp "$@"
