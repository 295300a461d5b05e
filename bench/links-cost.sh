#!/usr/bin/env bash
# How much of a build's CPU time goes to reading pages' HTML (headings, TOC anchors, baseurl) and
# checking every link and anchor: the post and links stages of `hyde build -v`, against the CPU
# time of the whole process (all threads: JIT compilers and garbage collector included).
#
# Usage: bench/links-cost.sh [N] [RUNS]      (defaults: 10000 pages, 3 runs; prints each run and
#                                             the median share)
# Environment: HYDE_JAR (default target/hyde-*-cli.jar), JAVA_OPTS (default none), KEEP=1.
set -euo pipefail

DEFAULT_N=10000 DEFAULT_RUNS=3
# shellcheck source=bench/generated-site.sh
source "$(dirname "${BASH_SOURCE[0]}")/generated-site.sh" "$@"
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
median=$(printf '%s\n' "${shares[@]}" | median)
echo "median share of post + links: $median% of the build's CPU time ($N pages, $RUNS runs)"
