#!/usr/bin/env bash
# The build cache on the generated N-page benchmark site: a cold build, then builds with no change
# (which must build nothing), then the same after `hyde clean`. Each build is `java -jar` as a
# user runs it (Hyde picks its JVM options), timed as wall time from the shell, JVM start included.
#
# Usage: bench/cache.sh [N] [RUNS]     (defaults: 10000 pages, 5 runs of the no-change build)
# Environment: HYDE_JAR (default target/hyde-*-cli.jar), KEEP=1 keeps the work folder.
set -euo pipefail

N=${1:-10000}
RUNS=${2:-5}
if ! [[ $N =~ ^[0-9]+$ && $N -ge 1 && $RUNS =~ ^[0-9]+$ && $RUNS -ge 1 ]]; then
    echo "usage: bench/cache.sh [N pages >= 1] [RUNS >= 1]" >&2
    exit 2
fi
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
JAR=${HYDE_JAR:-$(ls "$REPO"/target/hyde-*-cli.jar 2>/dev/null | head -1)}
if [[ -z $JAR || ! -f $JAR ]]; then
    echo "no Hyde CLI jar: run 'mvn -B -DskipTests install' first, or set HYDE_JAR" >&2
    exit 1
fi
WORK=$(mktemp -d)
if [[ ${KEEP:-0} != 1 ]]; then trap 'rm -rf "$WORK"' EXIT; else echo "keeping $WORK"; fi
python3 "$BENCH_DIR/generate.py" "$N" "$WORK/src" >/dev/null
SITE="$WORK/src/hyde"

seconds() { # runs a command, prints its wall time in seconds and its first output line
    local start end
    start=$(date +%s.%N)
    "$@" > "$WORK/log" 2>&1 || { cat "$WORK/log" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

cold=$(seconds java -jar "$JAR" build "$SITE")
echo "cold build: $cold s ($(head -1 "$WORK/log"))"
times=()
for run in $(seq 1 "$RUNS"); do
    t=$(seconds java -jar "$JAR" build "$SITE")
    grep -q "^Up to date" "$WORK/log" || { echo "run $run was not up to date:" >&2; cat "$WORK/log" >&2; exit 1; }
    times+=("$t")
    echo "no change, run $run: $t s"
done
echo "median of the no-change builds: $(printf '%s\n' "${times[@]}" | median) s ($N pages, $RUNS runs)"
java -jar "$JAR" clean "$SITE" > /dev/null
after=$(seconds java -jar "$JAR" build "$SITE")
echo "after hyde clean: $after s ($(head -1 "$WORK/log"))"
