#!/usr/bin/env bash
# Benchmarks the batch job (./treatywatch batch) in Spark's local mode on one and two cores.
# Generates a corpus of COUNT documents (default 100,000: ordinary news, 3% about mines, 0.5% about
# coal and gold mines) once, then runs the job on it with local[1] and local[2] and prints, per
# run, documents/s, MB/s of input, the share the prefilter dropped, and the speed-up from one core
# to two. Figures come from each run's report.json (job time, without JVM and Spark start-up);
# the wall time of the whole command is shown beside them. Two per-core costs that hold even when
# other processes share the machine: documents per CPU second of the task threads (report.json)
# and of the whole JVM (user + system time: start-up, JIT compiler and garbage collector included).
# Each local[N] run is pinned to N cores with taskset: without it, the local[1] JVM's compiler and
# collector threads ran on the second core too (27 CPU-seconds in a 15 s run), so "one core" was
# nearly two and the speed-up to local[2] looked like 1.09x.
#
#   scripts/spark/bench.sh [COUNT]            # JSON Lines input
#   FORMATS="jsonl warc" scripts/spark/bench.sh  # also the same documents as WARC.gz
#
# Environment: BENCH_DIR (default /tmp/treatywatch-bench), FORMATS, TREATYWATCH_BATCH_JAVA_OPTS.
# Run it by hand on an otherwise idle machine; never from the tests.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
count=${1:-100000}
dir=${BENCH_DIR:-/tmp/treatywatch-bench}
formats=${FORMATS:-jsonl}
corpus="$dir/corpus-$count"

. "$here/.mvn/pick-jdk.sh"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ ! -f "$corpus/done" ]; then
  rm -rf "$corpus"
  warc=""
  case " $formats " in *" warc "*) warc=warc ;; esac
  "$java" "$here/scripts/spark/GenerateCorpus.java" "$corpus" "$count" 0.03 8 $warc
  touch "$corpus/done"
elif [[ " $formats " == *" warc "* && ! -d "$corpus/warc" ]]; then
  echo "bench: $corpus has no WARC files; remove it to regenerate with FORMATS including warc" >&2
  exit 2
fi

# report.json field as a number
field() { sed -n "s/^ *\"$2\" : \\([0-9.eE+-]*\\),\\{0,1\\}$/\\1/p" "$1" | head -n 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -n 1)"
echo "commit: $(git -C "$here" rev-parse --short HEAD); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Build first, so that no run pays for it.
"$here/treatywatch" batch --help >/dev/null

printf '%-6s %-9s %9s %7s %8s %8s %7s %7s %7s %10s %10s\n' format master documents claims prefilt "docs/s" "MB/s" \
  "job s" "wall s" "docs/task" "docs/jvm"
printf '%-6s %-9s %9s %7s %8s %8s %7s %7s %7s %10s %10s\n' "" "" "" "" "" "" "" "" "" "cpu-s" "cpu-s"
for format in $formats; do
  declare -A rate=()
  for master in 'local[1]' 'local[2]'; do
    out="$dir/out-$format-${master//[^0-9]/}"
    cores=${master//[^0-9]/}
    /usr/bin/time -f '%e %U %S' -o "$out.time" taskset -c "0-$((cores - 1))" \
      "$here/treatywatch" batch --master "$master" --overwrite --tolerate-failures -o "$out" "$corpus/$format" \
      2> "$out.log" || { cat "$out.log" >&2; exit 1; }
    read -r wall user sys < "$out.time"
    r="$out/report.json"
    docs=$(field "$r" documents_read); claims=$(field "$r" claims); share=$(field "$r" prefiltered_share)
    dps=$(field "$r" documents_per_second); mbps=$(field "$r" megabytes_per_second); secs=$(field "$r" seconds)
    dpc=$(field "$r" documents_per_cpu_second)
    dpj=$(echo "$docs / ($user + $sys)" | bc -l)
    rate[$master]=$dps
    printf '%-6s %-9s %9d %7d %7.1f%% %8.0f %7.2f %7.1f %7.1f %10.0f %10.0f\n' "$format" "$master" "$docs" "$claims" \
      "$(echo "$share * 100" | bc -l)" "$dps" "$mbps" "$secs" "$wall" "$dpc" "$dpj"
  done
  printf '%-6s speed-up local[1] -> local[2]: %.2fx\n' "$format" "$(echo "${rate['local[2]']} / ${rate['local[1]']}" | bc -l)"
  unset rate
done
