#!/usr/bin/env bash
# How much of a build's CPU time goes to reading pages' HTML (headings, TOC anchors, baseurl) and
# checking every link and anchor: the post and links stages of `hyde build -v`, against the CPU
# time of the whole process (all threads: JIT compilers and garbage collector included).
#
# Usage: bench/links-cost.sh [N] [RUNS]      (defaults: 10000 pages, 3 runs; prints each run and
#                                             the median share)
# Environment: HYDE_JAR (default target/hyde-*-cli.jar), JAVA_OPTS (default none), KEEP=1.
set -euo pipefail

N=${1:-10000}
RUNS=${2:-3}
if ! [[ $N =~ ^[0-9]+$ && $N -ge 1 && $RUNS =~ ^[0-9]+$ && $RUNS -ge 1 ]]; then
    echo "usage: bench/links-cost.sh [N pages >= 1] [RUNS >= 1]" >&2
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
shares=()
for run in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$JAR" build "$WORK/src/hyde" -d "$WORK/out" --no-cache -v > "$WORK/log" 2>&1 || {
        cat "$WORK/log" >&2; exit 1; }
    cpu() { awk -v s="$1" '$1 == s { for (i = 1; i <= NF; i++) if ($i == "(cpu") { print $(i + 1); exit } }' "$WORK/log"; }
    post=$(cpu post); links=$(cpu links)
    process=$(awk '$1 == "process" { print $2; exit }' "$WORK/log")
    share=$(awk -v p="$post" -v l="$links" -v t="$process" 'BEGIN { printf "%.1f", 100 * (p + l) / t }')
    shares+=("$share")
    echo "run $run: post $post ms + links $links ms of $process ms process CPU = $share%"
done
median=$(printf '%s\n' "${shares[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median share of post + links: $median% of the build's CPU time ($N pages, $RUNS runs)"
