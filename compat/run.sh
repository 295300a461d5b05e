#!/usr/bin/env bash
# Builds real Jekyll sites with Jekyll (the reference) and with Hyde, compares them page by page
# as a reader sees them (hyde compare), and prints one table row per site. It fetches nothing:
# give it a folder holding one source tree per site (see compat/README.md).
#
# Usage: compat/run.sh SITES_DIR [OUT_DIR]
#   SITES_DIR/NAME/        a Jekyll site's source, unchanged
#   SITES_DIR/NAME.yml     optional: configuration layered over NAME/_config.yml for both tools
#   SITES_DIR/NAME.commit  optional: the commit the tree came from (else read from NAME/.git)
# Environment: HYDE_JAR (default target/hyde-*-cli.jar), JEKYLL (default jekyll).
set -euo pipefail

if [[ $# -lt 1 || ! -d $1 ]]; then
    echo "usage: compat/run.sh SITES_DIR [OUT_DIR]" >&2
    exit 2
fi
SITES=$(cd "$1" && pwd)
OUT=${2:-$(mktemp -d)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${HYDE_JAR:-$(ls "$REPO"/target/hyde-*-cli.jar 2>/dev/null | head -1)}
JEKYLL=${JEKYLL:-jekyll}
if [[ -z $JAR || ! -f $JAR ]]; then
    echo "no Hyde CLI jar: run 'mvn -B -DskipTests install' first, or set HYDE_JAR" >&2
    exit 1
fi
command -v "$JEKYLL" >/dev/null || { echo "missing: jekyll (apt-get install -y jekyll)" >&2; exit 1; }

seconds() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.1f}")' "$1" "$2"; }

echo "| site | commit | pages | identical text | Hyde s | Jekyll s | pages Hyde left out |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for site in "$SITES"/*/; do
    name=$(basename "$site")
    config="$site/_config.yml"
    [[ -f $SITES/$name.yml ]] && config="$config,$SITES/$name.yml"
    if [[ -f $SITES/$name.commit ]]; then
        commit=$(head -c 12 "$SITES/$name.commit")
    else
        commit=$(git -C "$site" rev-parse --short=12 HEAD 2>/dev/null || echo "-")
    fi
    rm -rf "$OUT/$name-jekyll" "$OUT/$name-hyde"
    start=$(date +%s.%N)
    # The Debian packages are the plugins: no Gemfile, no network.
    if ! (cd "$site" && JEKYLL_NO_BUNDLER_REQUIRE=true "$JEKYLL" build -q --config "$config" \
            -d "$OUT/$name-jekyll" > "$OUT/$name-jekyll.log" 2>&1); then
        echo "| $name | $commit | Jekyll failed: see $OUT/$name-jekyll.log | | | | |"
        continue
    fi
    jekyll_s=$(seconds "$start" "$(date +%s.%N)")
    start=$(date +%s.%N)
    java -jar "$JAR" build "$site" --config "$config" -d "$OUT/$name-hyde" --keep-going \
        > "$OUT/$name-hyde.log" 2>&1 || true
    hyde_s=$(seconds "$start" "$(date +%s.%N)")
    java -jar "$JAR" compare "$OUT/$name-jekyll" "$OUT/$name-hyde" --json "$OUT/$name.json" \
        > "$OUT/$name-compare.txt" 2>&1 || true
    python3 - "$OUT/$name.json" "$name" "$commit" "$hyde_s" "$jekyll_s" "$OUT/$name-hyde.log" <<'PY'
import json, re, sys
report, name, commit, hyde, jekyll, log = sys.argv[1:]
# "--keep-going" lists the pages it left out after "... left out:", two spaces in, then maybe "... and N more".
left_out, listing = 0, False
for line in open(log, encoding="utf-8", errors="replace"):
    if "failed and w" in line and line.rstrip().endswith("left out:"):
        listing = True
    elif listing and line.startswith("  "):
        more = re.match(r"  \.\.\. and (\d+) more", line)
        left_out += int(more.group(1)) if more else 1
    else:
        listing = False
summary = json.load(open(report))["summary"]
pages, same = summary["referencePages"], summary["sameText"]
share = 100.0 * same / pages if pages else 0.0
print(f"| {name} | {commit} | {pages} | {same} ({share:.1f}%) | {hyde} | {jekyll} | {left_out} |")
PY
done
echo
echo "Reports: $OUT/NAME-compare.txt (page by page), $OUT/NAME-hyde.log, $OUT/NAME-jekyll.log"
