#!/usr/bin/env bash
# The office's server against the data file: one edit's round trip (p50, p99), opening an office of 5,000
# recipients, 300 guests and 200 posts, and `certificates pdf` for 1,000 recipients, on a local PostgreSQL.
# Usage: bench/server/run.sh [postgresql://HOST:PORT/DB?user=OWNER] [APP_ROLE]
#   (defaults: $TROUSSE_TEST_PG and $TROUSSE_TEST_PG_APP, as `eval "$(.ci/postgres.sh)"` sets them; the owner
#   role must be allowed to create databases, the passwords come from PGPASSFILE or ~/.pgpass)
# Needs target/trousse.jar (mvn -q -B -o package -DskipTests) and psql. Makes three databases and drops them.
set -euo pipefail
cd "$(dirname "$0")/../.."
admin=${1:-${TROUSSE_TEST_PG:?give the server address or set TROUSSE_TEST_PG}}
app=${2:-${TROUSSE_TEST_PG_APP:-trousse_app}}
hostport=${admin#postgresql://}; hostport=${hostport%%/*}
host=${hostport%%:*}; port=${hostport#*:}; [ "$port" = "$host" ] && port=5432
dbname=${admin#*://*/}; dbname=${dbname%%\?*}
owner=${admin##*user=}; owner=${owner%%&*}
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)
sql() { "$psql" "host=$host port=$port dbname=$dbname user=$owner" -v ON_ERROR_STOP=1 -qAt -c "$1"; }
suffix=$$
dbs=(trousse_bench_trip_$suffix trousse_bench_office_$suffix trousse_bench_pdf_$suffix)
trap 'for d in "${dbs[@]}"; do sql "DROP DATABASE IF EXISTS $d WITH (FORCE)" || true; done' EXIT
for d in "${dbs[@]}"; do sql "CREATE DATABASE $d"; done
java -Xmx768m -cp target/trousse.jar bench/server/ServerBench.java "postgresql://$host:$port" "$owner" "$app" "${dbs[@]}"
