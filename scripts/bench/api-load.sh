#!/usr/bin/env bash
# API load benchmark (issue 4): 100,000 generated claims in an SQLite store, `treatywatch serve` on
# loopback, and a closed-loop Java load generator (LoadGenerator.java, JDK only) with 50 concurrent
# clients against three endpoints: the claims list, one claim, and the status of all states on a
# date. Prints requests/s and p50/p95/p99 latency for each. Target: p95 < 50 ms.
#
#   scripts/bench/api-load.sh [CLAIMS=100000] [CLIENTS=50] [SECONDS=20]
#
# The figures are for a server in its steady state: a fresh server first serves the claims list
# for WARMUP seconds (default 30; its figures are printed too, as the cold start), so that the JIT
# has compiled the request path, then each endpoint gets a 3 s warm-up of its own.
# Bounded: each endpoint is loaded for SECONDS, then the server is stopped.
# Sends traffic to 127.0.0.1 only. The store is built once under target/bench and reused.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
claims=${1:-100000}
clients=${2:-50}
seconds=${3:-20}
warmup=${WARMUP:-30}
port=${BENCH_PORT:-18181}
cd "$root"
# shellcheck source=../../.mvn/pick-jdk.sh
. "$root/.mvn/pick-jdk.sh"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

./treatywatch --version >/dev/null   # builds cli/target/treatywatch.jar when stale
jar="$root/cli/target/treatywatch.jar"
mkdir -p target/bench
db="target/bench/claims-$claims.db"
if [ ! -f "$db" ]; then
  echo "bench: generating $claims claims into $db" >&2
  "$java" --enable-native-access=ALL-UNNAMED -cp "$jar" scripts/bench/GenerateClaims.java "$db.tmp" "$claims"
  mv "$db.tmp" "$db"; [ -f "$db.tmp-wal" ] && mv "$db.tmp-wal" "$db-wal"; [ -f "$db.tmp-shm" ] && mv "$db.tmp-shm" "$db-shm"
fi

"$java" ${TREATYWATCH_JAVA_OPTS:-} -jar "$jar" serve --no-demo --db "$db" --port "$port" 2>target/bench/serve.log &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/api/v1/treaties" >/dev/null 2>&1 && break
  sleep 0.5
done

echo "bench: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), commit $(git rev-parse --short HEAD)"
echo "bench: $claims claims, $clients clients, ${seconds}s per endpoint, after ${warmup}s of warm-up"
gen() { "$java" scripts/bench/LoadGenerator.java "$1" "$clients" "$seconds" "${2:-1}"; }
if [ "$warmup" -gt 0 ]; then
  echo "bench: warm-up, the claims list in the first ${warmup}s after start (not the steady state):"
  "$java" scripts/bench/LoadGenerator.java "http://127.0.0.1:$port/api/v1/claims?limit=50" "$clients" "$warmup" 1 0
  echo "bench: steady state:"
fi
gen "http://127.0.0.1:$port/api/v1/claims?limit=50"
gen "http://127.0.0.1:$port/api/v1/claims?state=LTU&limit=50"
gen "http://127.0.0.1:$port/api/v1/claims/{id}" "$claims"
gen "http://127.0.0.1:$port/api/v1/status?on=2026-01-15"
