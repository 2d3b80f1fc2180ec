#!/usr/bin/env bash
# Ingest benchmark with the copy check (issue 11): DOCS generated documents (scripts/bench/make-corpus,
# variant mines, fixed seed) of which one in COPY_EVERY is followed by an edited copy of itself
# (retitled, a few words changed, the last paragraph cut, a footer added), ingested by a cold
# `treatywatch ingest` into a fresh SQLite store. Prints the wall time, CPU time, documents/s, and
# what the store holds: documents, stories, documents that joined a story, events.
#
#   scripts/bench/ingest-copies.sh [DOCS=100000] [COPY_EVERY=5]
#
# The corpus and the store go under target/bench (the corpus is reused). Bounded: one ingest.
# CORPUS_ONLY=1 makes the corpus and stops. TREATYWATCH_JAR runs that jar instead of building and running ./treatywatch (a copy keeps the run
# safe from a build that rewrites cli/target meanwhile).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
docs=${1:-100000}
every=${2:-5}
cd "$root"
mkdir -p target/bench
if [ -n "${TREATYWATCH_JAR:-}" ]; then
  # shellcheck source=../../.mvn/pick-jdk.sh
  . "$root/.mvn/pick-jdk.sh"
  tw=("${JAVA_HOME:+$JAVA_HOME/bin/}java" -XX:TieredStopAtLevel=1 -jar "$TREATYWATCH_JAR")
else
  ./treatywatch --version >/dev/null   # builds cli/target/treatywatch.jar when stale
  tw=(./treatywatch)
fi
corpus="target/bench/copies-$docs-$every.jsonl"
if [ "${CORPUS_ONLY:-0}" = 1 ] && [ -f "$corpus" ]; then echo "$corpus"; exit 0; fi
if [ ! -f "$corpus" ]; then
  originals=$(( docs * every / (every + 1) ))
  scripts/bench/make-corpus --docs "$originals" --variant mines 2>/dev/null | python3 -c '
import json, random, sys
every = int(sys.argv[1]); total = int(sys.argv[2]); random.seed(11); n = 0
for i, line in enumerate(sys.stdin):
    if n >= total: break
    doc = json.loads(line); print(line, end=""); n += 1
    if i % every == every - 1 and n < total:
        paras = doc["text"].split("\n")
        if len(paras) > 3: paras = paras[:-1]
        words = " ".join(paras).split(" ")
        for k in random.sample(range(len(words)), max(1, len(words) // 40)): words[k] = "reportedly"
        copy = dict(doc, id=doc["id"] + "-copy", title="Republished: " + doc.get("title", ""),
                    text="Republished\n" + " ".join(words) + "\n(c) Example Syndication")
        print(json.dumps(copy)); n += 1
' "$every" "$docs" > "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
if [ "${CORPUS_ONLY:-0}" = 1 ]; then echo "$corpus"; exit 0; fi
db="target/bench/ingest-copies-$docs.db"
rm -f "$db" "$db-wal" "$db-shm"
echo "bench: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
echo "bench: $(wc -l <"$corpus") documents ($(du -h "$corpus" | cut -f1)), one in $((every + 1)) an edited copy"
# progress (a line a second: documents and claims so far) goes to the log, to see the rate as the store grows
/usr/bin/time -f "%e %U %S %M" -o target/bench/ingest-copies.time "${tw[@]}" ingest --db "$db" "$corpus" 2>target/bench/ingest-copies.log || true
read -r wall user sys rss <target/bench/ingest-copies.time
python3 - "$db" "$wall" "$user" "$sys" "$rss" <<'PY'
import sqlite3, sys
db, wall, user, sys_, rss = sys.argv[1], *map(float, sys.argv[2:])
c = sqlite3.connect(db)
q = lambda s: c.execute(s).fetchone()[0]
d = q("SELECT COUNT(*) FROM documents")
print(f"ingest: {d} documents in {wall:.0f} s wall, {user + sys_:.0f} s CPU: {d / wall:.0f} documents/s, "
      f"{d / (user + sys_):.0f} per CPU-second; peak RSS {rss / 1024:.0f} MB")
print(f"store: {q('SELECT COUNT(*) FROM stories')} stories, {q('SELECT COUNT(*) FROM document_stories WHERE copy_of IS NOT NULL')} "
      f"documents joined a story, {q('SELECT COUNT(*) FROM claims')} claims, {q('SELECT COUNT(*) FROM events')} events")
PY
