#!/usr/bin/env bash
# API load benchmark (issues 4, 14 and 11's events): 100,000 generated claims in a store, `treatywatch serve` on
# loopback, and a closed-loop Java load generator (LoadGenerator.java, JDK only) with 50 concurrent
# clients, on SQLite and on PostgreSQL (the tests' embedded server). Measured in the same run as a
# static asset (/assets/app.css), the reference: the endpoints and the asset take turns in rounds,
# and each endpoint's p95 is printed as a ratio to the asset's, which holds on a shared machine
# where absolute figures do not. Every request accepts gzip, as browsers and curl --compressed do.
# Target: each endpoint's p95 at most 2x the asset's, no non-2xx.
#
#   scripts/bench/api-load.sh [CLAIMS=100000] [CLIENTS=50] [SECONDS=20]
#
# SECONDS is each endpoint's measured time, in ROUNDS (default 4) turns. A fresh server first
# serves every endpoint for WARMUP seconds in all (default 30), unmeasured, so that the JIT has
# compiled the request path. BACKENDS (default "sqlite postgres") picks the stores; EVENTS=0 skips
# the second part (the events) to measure the claims list and the status alone. Bounded: each
# server is stopped after its run. Sends traffic to 127.0.0.1 only. The SQLite store is built once
# under target/bench and reused; the PostgreSQL one is built afresh in each run (its server lives
# in a temp folder), unless PG_URL names a JDBC URL of a database already filled with CLAIMS claims
# by GenerateClaims.java. SQLITE_DB names an SQLite store to serve instead of the generated one (e.g. the
# store that ingest-copies.sh made: events and flags from ingested articles), and PostgreSQL then
# serves a copy of it (CopyStore.java); the claims endpoints' {id} runs up to the newest claim.
# TREATYWATCH_JAR serves that jar instead of building cli/target/treatywatch.jar.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
claims=${1:-100000}
clients=${2:-50}
seconds=${3:-20}
rounds=${ROUNDS:-4}
warmup=${WARMUP:-30}
backends=${BACKENDS:-sqlite postgres}
port=${BENCH_PORT:-18181}
cd "$root"
# shellcheck source=../../.mvn/pick-jdk.sh
. "$root/.mvn/pick-jdk.sh"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ -n "${TREATYWATCH_JAR:-}" ]; then # that jar instead (a copy is safe from a build meanwhile)
  jar="$TREATYWATCH_JAR"
else
  ./treatywatch --version >/dev/null   # builds cli/target/treatywatch.jar when stale
  jar="$root/cli/target/treatywatch.jar"
fi
mkdir -p target/bench
if [ -n "${SQLITE_DB:-}" ] && [ ! -f "$SQLITE_DB" ]; then # serve and CopyStore would make an empty store
  echo "bench: SQLITE_DB=$SQLITE_DB: no such store" >&2; exit 2
fi

generate() { # DB: fills the store at DB (a file or a JDBC URL) with $claims claims
  "$java" --enable-native-access=ALL-UNNAMED -cp "$jar" scripts/bench/GenerateClaims.java "$1" "$claims"
}

sqlite_store() {
  if [ -n "${SQLITE_DB:-}" ]; then echo "$SQLITE_DB"; return; fi
  local db="target/bench/claims-$claims.db"
  if [ ! -f "$db" ]; then
    echo "bench: generating $claims claims into $db" >&2
    generate "$db.tmp" >&2
    mv "$db.tmp" "$db"; [ -f "$db.tmp-wal" ] && mv "$db.tmp-wal" "$db-wal"; [ -f "$db.tmp-shm" ] && mv "$db.tmp-shm" "$db-shm"
  fi
  echo "$db"
}

pg_pid=
postgres_store() { # starts the tests' PostgreSQL (kept until the script ends), sets db to a JDBC URL
  # (not run in $(...): the subshell's end would close the pipe that keeps the server)
  if [ -n "${PG_URL:-}" ]; then db=$PG_URL; return; fi
  echo "bench: starting PostgreSQL (the tests' embedded server)" >&2
  ./mvnw -q -o -B -pl store -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$root/target/bench/store-test.classpath" >target/bench/mvn.log 2>&1 \
    || { cat target/bench/mvn.log >&2; exit 1; }
  local cp="$root/store/target/test-classes:$root/store/target/classes:$(cat target/bench/store-test.classpath)"
  rm -f target/bench/pg.fifo; mkfifo target/bench/pg.fifo
  "$java" -cp "$cp" scripts/bench/BenchPostgres.java <target/bench/pg.fifo >target/bench/pg.url 2>target/bench/pg.log &
  pg_pid=$!
  exec 9>target/bench/pg.fifo   # the helper keeps PostgreSQL until this closes
  for _ in $(seq 1 120); do [ -s target/bench/pg.url ] && break; sleep 1; done
  local url; url=$(head -1 target/bench/pg.url)
  [ -n "$url" ] || { cat target/bench/pg.log >&2; echo "bench: PostgreSQL did not start" >&2; exit 1; }
  if [ -n "${SQLITE_DB:-}" ]; then
    echo "bench: copying $SQLITE_DB into PostgreSQL" >&2
    "$java" -cp "$jar" scripts/bench/CopyStore.java "$SQLITE_DB" "$url" >&2
  else
    echo "bench: generating $claims claims into PostgreSQL" >&2
    generate "$url" >&2
  fi
  db=$url
}

server=
stop_server() { [ -n "$server" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }; server=; }
stop_all() { stop_server; if [ -n "$pg_pid" ]; then exec 9>&-; wait "$pg_pid" 2>/dev/null || true; fi; }
trap stop_all EXIT

echo "bench: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), commit $(git rev-parse --short HEAD)"
echo "bench: $claims claims, $clients clients, ${seconds}s per endpoint in $rounds rounds, after ${warmup}s of warm-up; gzip accepted"
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
for backend in $backends; do
  case "$backend" in
    sqlite) db=$(sqlite_store) ;;
    postgres) postgres_store ;;
    *) echo "bench: unknown backend $backend (sqlite, postgres)" >&2; exit 2 ;;
  esac
  "$java" ${TREATYWATCH_JAVA_OPTS:-} -jar "$jar" serve --no-demo --db "$db" --port "$port" 2>"target/bench/serve-$backend.log" &
  server=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/api/v1/treaties" >/dev/null 2>&1 && break
    sleep 0.5
  done
  base="http://127.0.0.1:$port"
  newest() { # the newest id of a list endpoint, 1 when empty
    local id; id=$(curl -fsS "$base/api/v1/$1?limit=1" | sed -n 's/^{"items":\[{"id":\([0-9]*\).*/\1/p'); echo "${id:-1}"
  }
  ids_of() { # LIST FILE: the ids a list endpoint pages through (at most 50 pages of 200), one a line
    python3 - "$base/api/v1/$1" >"$2" <<'PY'
import json, sys, urllib.parse, urllib.request
url, cursor = sys.argv[1], None
for _ in range(50):
    page = json.load(urllib.request.urlopen(url + "?limit=200" + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")))
    for item in page["items"]: print(item["id"])
    cursor = page.get("next_cursor") or page.get("nextCursor")
    if not cursor: break
PY
  }
  load() { # LABEL ID_OPTION ID_VALUE URL...: the generator, the asset first as the reference
    local label=$1 idopt=$2 idval=$3; shift 3
    "$java" scripts/bench/LoadGenerator.java --clients "$clients" --seconds "$seconds" --rounds "$rounds" \
      --warmup $(( (warmup + 4) / 5 )) "$idopt" "$idval" --gzip --label "$label" "$base/assets/app.css" "$@"
  }
  load "$backend" --max-id "$(newest claims)" \
    "$base/api/v1/claims?limit=50" \
    "$base/api/v1/claims?state=LTU&limit=50" \
    "$base/api/v1/claims/{id}" \
    "$base/api/v1/status?on=2026-01-15"
  echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) after $backend"
  if [ "${EVENTS:-1}" = 0 ]; then stop_server; continue; fi
  # issue 11: the events of the same claims (one per key and year of reports: about 240 in the
  # generated store, each of some 400 reports); {id} one of the events' ids (joined events leave gaps)
  ids_of events target/bench/event-ids.txt
  events=$(wc -l <target/bench/event-ids.txt)
  load "$backend, $events events" --ids target/bench/event-ids.txt \
    "$base/api/v1/events?limit=50" \
    "$base/api/v1/events?state=LTU&limit=50" \
    "$base/api/v1/events/{id}" \
    "$base/states/LTU"
  # the flags raised on those events: lists by state and status, and one flag with its audit trail
  ids_of flags target/bench/flag-ids.txt
  flags=$(wc -l <target/bench/flag-ids.txt)
  [ "$flags" -gt 0 ] || { echo "bench: $backend: the store has no flags" >&2; stop_server; continue; }
  flagged=$(curl -fsS "$base/api/v1/flags?limit=1" | sed -n 's/.*"actor":"\([A-Z]\{3\}\)".*/\1/p' | head -1)
  load "$backend, $flags flags" --ids target/bench/flag-ids.txt \
    "$base/api/v1/flags?limit=50" \
    "$base/api/v1/flags?state=${flagged:-LTU}&limit=50" \
    "$base/api/v1/flags?status=OPEN&limit=50" \
    "$base/api/v1/flags/{id}"
  stop_server
done
