#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the server tests of @o2c/postgres and prints its URL. Installs Debian's
# postgresql package when no server binaries are present (needs root and apt-get). Exits non-zero when it cannot;
# the tests then say they are skipped. Usage: O2C_PG_URL="$(bash scripts/ci-postgres.sh)"
set -euo pipefail
PORT="${O2C_PG_PORT:-54329}"
DIR="${O2C_PG_DIR:-/tmp/o2c-pg}"
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PGBIN="$(find_bin || true)"
if [ -z "$PGBIN" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "no PostgreSQL binaries and no root apt-get to install them" >&2
    exit 1
  fi
  echo "installing Debian's postgresql package" >&2
  timeout 300 apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq --no-install-recommends postgresql >&2
  PGBIN="$(find_bin)"
fi
rm -rf "$DIR"
if [ "$(id -u)" = 0 ]; then
  install -d -o postgres "$DIR"
  su postgres -s /bin/sh -c "'$PGBIN/initdb' -D '$DIR/data' -U postgres --auth=trust >/dev/null && '$PGBIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w start -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1' >/dev/null" >&2
else
  mkdir -p "$DIR"
  "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust >/dev/null
  "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w start -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
