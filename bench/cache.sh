#!/usr/bin/env bash
# The build cache on the generated N-page benchmark site: a cold build, then builds with no change
# (which must build nothing), builds after one page's text changed (which must render that page
# alone), builds after the include every page uses changed (every page rendered again, the site
# not read again from scratch), then a build after `hyde clean`. Each build is `java -jar` as a
# user runs it (Hyde picks its JVM options), timed as wall time from the shell, JVM start included.
#
# Usage: bench/cache.sh [N] [RUNS]     (defaults: 10000 pages, 5 runs of each kind of build)
# Environment: HYDE_JAR (default target/hyde-*-cli.jar), KEEP=1 keeps the work folder.
set -euo pipefail

DEFAULT_N=10000 DEFAULT_RUNS=5
# shellcheck source=bench/generated-site.sh
source "$(dirname "${BASH_SOURCE[0]}")/generated-site.sh" "$@"
SITE="$WORK/src/hyde"

seconds() { # runs a command, prints its wall time in seconds and its first output line
    local start end
    start=$(date +%s.%N)
    "$@" > "$WORK/log" 2>&1 || { cat "$WORK/log" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

"$(dirname "${BASH_SOURCE[0]}")/class-archive.sh" "$JAR"
cold=$(seconds java -jar "$JAR" build "$SITE")
echo "cold build: $cold s ($(grep "^Built" "$WORK/log"))"
times=()
for run in $(seq 1 "$RUNS"); do
    t=$(seconds java -jar "$JAR" build "$SITE")
    grep -q "^Up to date" "$WORK/log" || { echo "run $run was not up to date:" >&2; cat "$WORK/log" >&2; exit 1; }
    times+=("$t")
    echo "no change, run $run: $t s"
done
echo "median of the no-change builds: $(printf '%s\n' "${times[@]}" | median) s ($N pages, $RUNS runs)"

# One page's text: a line added to one page each run.
PAGE=$(find "$SITE/content" -name '*.md' ! -name index.md | sort | sed -n 2p)
times=()
for run in $(seq 1 "$RUNS"); do
    printf '\nA line added by run %s.\n' "$run" >> "$PAGE"
    t=$(seconds java -jar "$JAR" build "$SITE")
    grep -q "($((N - 1)) of them unchanged" "$WORK/log" \
        || { echo "run $run did not keep the other pages:" >&2; cat "$WORK/log" >&2; exit 1; }
    times+=("$t")
    echo "one page changed, run $run: $t s"
done
echo "median of the one-page builds: $(printf '%s\n' "${times[@]}" | median) s"

# The include every page uses: a comment added each run.
INCLUDE=$(find "$SITE/templates/_includes" -type f | sort | head -1)
times=()
for run in $(seq 1 "$RUNS"); do
    printf '<!-- run %s -->\n' "$run" >> "$INCLUDE"
    t=$(seconds java -jar "$JAR" build "$SITE")
    grep -q "^Built" "$WORK/log" || { echo "run $run failed:" >&2; cat "$WORK/log" >&2; exit 1; }
    times+=("$t")
    echo "include changed, run $run: $t s ($(grep "^Built" "$WORK/log" | sed 's/ in .*//'))"
done
echo "median of the include builds: $(printf '%s\n' "${times[@]}" | median) s"
java -jar "$JAR" clean "$SITE" > /dev/null
after=$(seconds java -jar "$JAR" build "$SITE")
echo "after hyde clean: $after s ($(grep "^Built" "$WORK/log"))"
