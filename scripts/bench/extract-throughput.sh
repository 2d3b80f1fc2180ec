#!/usr/bin/env bash
# Throughput of the whole extraction pipeline, as a user runs it: `treatywatch extract` on a
# JSON Lines corpus (read, extract, write claims as JSON Lines), cold JVM, pinned to one core.
#
# For each variant (mines: every document about mines; ordinary: mostly other news) and each
# corpus size, it generates the corpus with make-corpus (fixed seed), runs the command RUNS times
# under /usr/bin/time -v, and prints MB/s and documents/s per core (median and range over the
# runs; per core = per CPU-second of the pinned process) and the peak RSS. Comparing the sizes shows whether memory stays flat as the corpus grows
# (the corpus is streamed, never loaded whole).
#
#   scripts/bench/extract-throughput.sh                    # sizes 10000 40000, 3 runs each
#   SIZES="10000" RUNS=1 VARIANTS=mines scripts/bench/extract-throughput.sh
#   EXTRACT_ARGS=--syntax scripts/bench/extract-throughput.sh   # with the syntactic layer
#
# Environment: SIZES, RUNS, VARIANTS, CORE (the CPU to pin to, default 0), WORK (scratch dir),
# JAVA_OPTS (extra JVM options), EXTRACT_ARGS (extra options of `extract`). Needs python3, taskset and GNU time (/usr/bin/time).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"
SIZES=${SIZES:-"10000 40000"}
RUNS=${RUNS:-3}
VARIANTS=${VARIANTS:-"mines ordinary"}
CORE=${CORE:-0}
WORK=${WORK:-${TMPDIR:-/tmp}/treatywatch-bench}
mkdir -p "$WORK"

for tool in python3 taskset /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "extract-throughput: $tool is missing" >&2; exit 2; }
done

# shellcheck source=../../.mvn/pick-jdk.sh
. "$here/.mvn/pick-jdk.sh"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The launcher rebuilds cli/target/treatywatch.jar when stale; do it now, outside the timed runs.
"$here/treatywatch" --version >/dev/null || exit 3

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB;" \
     "commit $(git rev-parse --short HEAD); $("$java" -version 2>&1 | head -1); extract ${EXTRACT_ARGS:-}"
marginal=()
printf '%-9s %7s %8s %8s %18s %18s %18s %9s %5s\n' variant docs text_MB claims "MB/s per core" "docs/s per core" "MB/s wall-clock" "peak_RSS" runs

for variant in $VARIANTS; do
  for n in $SIZES; do
    corpus="$WORK/$variant-$n.jsonl"
    if [ ! -s "$corpus" ]; then
      scripts/bench/make-corpus --docs "$n" --variant "$variant" -o "$corpus" 2>"$WORK/make.log"
    fi
    text_bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8")))' "$corpus")
    rates=(); docrates=(); walls=(); rss=(); cpus=(); claims=0
    for run in $(seq 1 "$RUNS"); do
      # One core for every JVM thread (JIT and GC included): the figures are per core. Through the
      # launcher, with the JVM options it gives `extract` (it execs java, so time sees the JVM).
      TREATYWATCH_JAVA_OPTS="-XX:ActiveProcessorCount=1 ${JAVA_OPTS:-}" \
        taskset -c "$CORE" /usr/bin/time -v "$here/treatywatch" \
          extract --progress none ${EXTRACT_ARGS:-} "$corpus" >"$WORK/claims.jsonl" 2>"$WORK/time.log" \
        || { echo "extract failed:" >&2; tail -5 "$WORK/time.log" >&2; exit 1; }
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.log")
      cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/{s+=$2} END{print s}' "$WORK/time.log")
      cpus+=("$cpu")
      rss+=("$(awk -F': ' '/Maximum resident set size/{print $2}' "$WORK/time.log")")
      rates+=("$(python3 -c "print(f'{$text_bytes/1e6/$cpu:.2f}')")")
      docrates+=("$(python3 -c "print(f'{$n/$cpu:.0f}')")")
      walls+=("$(python3 -c "print(f'{$text_bytes/1e6/$wall:.2f}')")")
      claims=$(wc -l <"$WORK/claims.jsonl")
    done
    summary() { python3 -c 'import statistics,sys; v=sorted(float(x) for x in sys.argv[1:]); m=statistics.median(v); print(f"{m:g}" if len(v)==1 else f"{m:g} ({v[0]:g}-{v[-1]:g})")' "$@"; }
    printf '%-9s %7s %8.1f %8s %18s %18s %18s %8sM %5s\n' "$variant" "$n" "$(python3 -c "print($text_bytes/1e6)")" "$claims" \
      "$(summary "${rates[@]}")" "$(summary "${docrates[@]}")" "$(summary "${walls[@]}")" \
      "$(python3 -c "import sys; print(max(int(x) for x in sys.argv[1:])//1024)" "${rss[@]}")" "$RUNS"
    marginal+=("$variant $n $text_bytes $(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')")
  done
done
# Start-up and warm-up cost the same at every size; the difference between the smallest and the
# largest corpus is the steady-state rate of the pipeline itself.
printf '%s\n' "${marginal[@]}" | python3 -c '
import sys
rows = {}
for line in sys.stdin:
    variant, n, size, cpu = line.split()
    rows.setdefault(variant, []).append((int(n), int(size), float(cpu)))
for variant, r in rows.items():
    if len(r) > 1:
        (n0, b0, c0), (n1, b1, c1) = min(r), max(r)
        print(f"{variant}: steady state from {n0} to {n1} docs: {(b1-b0)/1e6/(c1-c0):.2f} MB/s per core, {(n1-n0)/(c1-c0):.0f} docs/s per core")
'

echo "MB = 10^6 bytes of UTF-8 article text. Per core = per CPU-second (user + system time of the"
echo "process pinned to one core), which a busy shared machine does not distort; wall-clock is shown"
echo "beside it. Both include JVM start-up (cold JVM), as a user runs the command. Median (range)."
