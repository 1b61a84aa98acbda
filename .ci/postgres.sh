#!/usr/bin/env bash
# Starts a PostgreSQL cluster of our own on 127.0.0.1 for the shared-store tests, as the postgres user, and
# creates the two roles the README describes (an owner that migrates, an app role with no DDL rights) and a
# database the tests make their fresh databases from. Prints the lines to `eval` (the test URL, PGPASSFILE).
# Usage: eval "$(.ci/postgres.sh [PORT [NAME]])": NAME (default TROUSSE_TEST_PG) is the variable the test URL is
# exported as, NAME_CTL its pg_ctl; a second cluster appends its passwords to the PGPASSFILE already exported.
set -euo pipefail
port=${1:-55432}
name=${2:-TROUSSE_TEST_PG}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
base=${TROUSSE_PG_DIR:-/tmp/trousse-pg-$port}
owner_pw=owner-$port-secret
app_pw=app-$port-secret
mkdir -p "$base"
chown postgres "$base"
as_pg() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi; }
if [ ! -f "$base/data/PG_VERSION" ]; then
  as_pg "$bin/initdb" -D "$base/data" -U postgres -A trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_pg "$bin/pg_ctl" -D "$base/data" status >/dev/null 2>&1; then
  as_pg "$bin/pg_ctl" -D "$base/data" -l "$base/server.log" -w \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $base -c fsync=off" start >/dev/null
fi
psql_pg() { as_pg "$bin/psql" -h "$base" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_pg -c "SELECT count(*) FROM pg_roles WHERE rolname = 'trousse_owner'")" = 0 ]; then
  # The README's three lines (plus CREATEDB, so the tests can make one fresh database each).
  psql_pg -c "CREATE ROLE trousse_owner LOGIN CREATEDB PASSWORD '$owner_pw'"
  psql_pg -c "CREATE ROLE trousse_app LOGIN PASSWORD '$app_pw'"
  psql_pg -c "CREATE DATABASE trousse_test OWNER trousse_owner"
fi
pgpass=${PGPASSFILE:-$base/pgpass}
lines=$(printf '127.0.0.1:%s:*:trousse_owner:%s\n127.0.0.1:%s:*:trousse_app:%s' "$port" "$owner_pw" "$port" "$app_pw")
{ [ -f "$pgpass" ] && grep -v "^127.0.0.1:$port:" "$pgpass"; echo "$lines"; } > "$pgpass.new" || true
mv "$pgpass.new" "$pgpass"
chmod 600 "$pgpass"
echo "export $name='postgresql://127.0.0.1:$port/trousse_test?user=trousse_owner'"
echo "export TROUSSE_TEST_PG_APP=trousse_app"
echo "export PGPASSFILE='$pgpass'"
echo "export ${name}_CTL='$bin/pg_ctl -D $base/data'"
