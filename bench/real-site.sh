#!/usr/bin/env bash
# A real Jekyll site built cold by Hyde and by Jekyll, RUNS times each in turn: median wall time,
# CPU time and peak memory, and the ratio. It fetches nothing: give it the site's source tree
# (for the 2017 istio.io site, see README "The acceptance test"). Hyde builds with --no-cache, so
# each of its runs is a full build; Jekyll is Debian's (apt-get install jekyll and the
# ruby-jekyll-* plugin packages the site uses), run without Bundler as compat/run.sh does.
#
# Usage: bench/real-site.sh SITE_DIR [RUNS] [EXTRA_CONFIG]
#   EXTRA_CONFIG   a configuration file layered over SITE_DIR/_config.yml for both tools
# Environment: HYDE_JAR (default target/hyde-*-cli.jar), JEKYLL (default jekyll), KEEP=1.
set -euo pipefail

if [[ $# -lt 1 || ! -d $1 ]]; then
    echo "usage: bench/real-site.sh SITE_DIR [RUNS] [EXTRA_CONFIG]" >&2
    exit 2
fi
SITE=$(cd "$1" && pwd)
RUNS=${2:-3}
CONFIG="$SITE/_config.yml"
[[ -n ${3:-} ]] && CONFIG="$CONFIG,$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${HYDE_JAR:-$(ls "$REPO"/target/hyde-*-cli.jar 2>/dev/null | head -1)}
JEKYLL=${JEKYLL:-jekyll}
[[ -n $JAR && -f $JAR ]] || { echo "no Hyde CLI jar: run 'mvn -B -DskipTests install' first, or set HYDE_JAR" >&2; exit 1; }
command -v "$JEKYLL" >/dev/null || { echo "missing: jekyll (apt-get install -y jekyll)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "missing: /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
WORK=$(mktemp -d)
if [[ ${KEEP:-0} != 1 ]]; then trap 'rm -rf "$WORK"' EXIT; else echo "keeping $WORK"; fi

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure NAME CMD...: appends "wall cpu rss_mb" of one run to $WORK/NAME
measure() {
    local name=$1
    shift
    if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > "$WORK/$name.log" 2>&1; then
        echo "$name failed:" >&2
        tail -20 "$WORK/$name.log" >&2
        exit 1
    fi
    awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024 }' "$WORK/time" >> "$WORK/$name"
}

"$REPO/bench/class-archive.sh" "$JAR"
for run in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/hyde-out" "$WORK/jekyll-out"
    measure hyde java -jar "$JAR" build "$SITE" --config "$CONFIG" -d "$WORK/hyde-out" --no-cache
    (cd "$SITE" && JEKYLL_NO_BUNDLER_REQUIRE=true measure jekyll "$JEKYLL" build -q --config "$CONFIG" \
        -d "$WORK/jekyll-out")
done
pages=$(find "$WORK/hyde-out" -name '*.html' | wc -l)
echo "$(basename "$SITE"): $pages HTML files, $RUNS runs each (median wall s, median CPU s, max peak RSS MB)"
printf '| tool | wall s | CPU s | peak RSS MB | wall / Jekyll |\n| --- | ---: | ---: | ---: | ---: |\n'
jekyll_wall=$(cut -d' ' -f1 "$WORK/jekyll" | median)
for tool in hyde jekyll; do
    wall=$(cut -d' ' -f1 "$WORK/$tool" | median)
    cpu=$(cut -d' ' -f2 "$WORK/$tool" | median)
    rss=$(cut -d' ' -f3 "$WORK/$tool" | sort -n | tail -1)
    printf '| %s | %.2f | %.2f | %d | %.2f |\n' "$tool" "$wall" "$cpu" "$rss" \
        "$(awk -v a="$wall" -v b="$jekyll_wall" 'BEGIN { print a / b }')"
done
