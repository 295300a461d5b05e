#!/usr/bin/env bash
# Build the same generated N-page documentation site with Hyde, Hugo and Jekyll and compare
# wall time, CPU time and peak memory. See bench/README.md.
#
# Usage: bench/run.sh [N] [RUNS]          (defaults: 10000 pages, 3 runs of each tool)
#
# Environment:
#   HYDE_JAR=path     the Hyde CLI jar (default: target/hyde-*-cli.jar in the repository)
#   JEKYLL_RUNS=k     runs for Jekyll only (default: RUNS), for large N where Jekyll is slow
#   HYDE_STAGES=0     skip the extra, untimed `hyde build -v` run that prints Hyde's stage times
#   HYDE_TUNED_OPTS   JVM options of the hyde-tuned row (default: the ones README recommends for
#                     one-off builds: parallel GC, C1 JIT only, 1 GB heap)
#   MVN_REPO=path     the Maven local repository holding Hyde's plugin, for the hyde-mvn row
#                     (default: Maven's own, ~/.m2/repository); install the plugin with
#                     'mvn -B -DskipTests install' in the repository
#   BUSY_RETRIES=k    times to repeat a run disturbed by other processes (default 2; see README)
#   KEEP=1            keep the temporary directory (generated sources and logs)
set -euo pipefail

N=${1:-10000}
RUNS=${2:-3}
JEKYLL_RUNS=${JEKYLL_RUNS:-$RUNS}
HYDE_STAGES=${HYDE_STAGES:-1}
HYDE_TUNED_OPTS=${HYDE_TUNED_OPTS:--XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmx1g -Xms512m}
BUSY_RETRIES=${BUSY_RETRIES:-2}

if ! [[ $N =~ ^[0-9]+$ && $N -ge 1 && $RUNS =~ ^[0-9]+$ && $RUNS -ge 1
        && $JEKYLL_RUNS =~ ^[0-9]+$ && $JEKYLL_RUNS -ge 1 ]]; then
    echo "usage: bench/run.sh [N pages >= 1] [RUNS >= 1]" >&2
    exit 2
fi

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")

# ---------------------------------------------------------------------------------------------
# Tools

missing=0
need() { # need CMD HINT: report a missing prerequisite
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "missing: $1 ($2)" >&2
        return 1
    fi
}
need python3 "apt-get install python3" || exit 1
if [[ ! -x /usr/bin/time ]]; then
    echo "missing: /usr/bin/time, needed to measure CPU time and peak memory (apt-get install time)" >&2
    exit 1
fi

TOOLS=()
if need java "install a JDK 17 or newer: apt-get install openjdk-17-jdk-headless; Hyde is skipped"; then
    if [[ -n ${HYDE_JAR:-} ]]; then
        JAR=$HYDE_JAR
    else
        JAR=$(ls "$REPO"/target/hyde-*-cli.jar 2>/dev/null | head -n 1 || true)
    fi
    if [[ -n $JAR && -f $JAR ]]; then
        TOOLS+=(hyde hyde-tuned)
    else
        echo "missing: the Hyde CLI jar (${JAR:-$REPO/target/hyde-*-cli.jar}); build it with" \
             "'mvn -B -DskipTests package' in $REPO or set HYDE_JAR; Hyde is skipped" >&2
        missing=1
    fi
else
    missing=1
fi
# hyde-mvn: `mvn site:generate` in a project made by `hyde new` (its .mvn/jvm.config sets Maven's
# JVM options), with the generated site's content; needs Hyde's plugin in the local repository.
MVN_REPO=${MVN_REPO:-$HOME/.m2/repository}
if [[ " ${TOOLS[*]} " == *" hyde "* ]] && need mvn "apt-get install maven; the hyde-mvn row is skipped"; then
    TOOLS+=(hyde-mvn)
else
    missing=1
fi
if need hugo "apt-get install hugo; Hugo is skipped"; then
    TOOLS+=(hugo hugo-nohl)
else
    missing=1
fi
if need jekyll "apt-get install jekyll; Jekyll is skipped"; then
    TOOLS+=(jekyll)
else
    missing=1
fi
if [[ ${#TOOLS[@]} -eq 0 ]]; then
    echo "nothing to run: install java (and build Hyde), hugo or jekyll (apt-get install hugo jekyll)" >&2
    exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hyde-bench.XXXXXX")
cleanup() { if [[ ${KEEP:-0} != 1 ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi; }
trap cleanup EXIT
SRC=$WORK/src
OUT=$WORK/out
LOGS=$WORK/logs
RESULTS=$WORK/results.tsv
mkdir -p "$OUT" "$LOGS"
: > "$RESULTS"

# ---------------------------------------------------------------------------------------------
# Machine

mem_gib=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo "# Hyde / Hugo / Jekyll build benchmark"
echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "pages:    $N    runs: $RUNS (Jekyll: $JEKYLL_RUNS)"
echo "machine:  $(nproc) CPUs, $mem_gib, ${cpu_model:-unknown CPU}, Linux $(uname -r)"
if [[ " ${TOOLS[*]} " == *" hyde "* ]]; then
    echo "java:     $(java -version 2>&1 | sed -n 2p)"
    echo "hyde:     $JAR"
fi
[[ " ${TOOLS[*]} " == *" hyde-mvn "* ]] && echo "maven:    $(mvn -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g'), local repository $MVN_REPO"
[[ " ${TOOLS[*]} " == *" hugo "* ]] && echo "hugo:     $(hugo version)"
[[ " ${TOOLS[*]} " == *" jekyll "* ]] && echo "jekyll:   $(jekyll --version) on $(ruby --version 2>/dev/null || echo 'ruby ?')"
echo "work dir: $WORK ($(df -PT "$WORK" | awk 'NR == 2 { print $2 }'); set TMPDIR to move it)"
[[ " ${TOOLS[*]} " == *" hyde "* ]] && "$BENCH_DIR/class-archive.sh" "$JAR"
echo

# ---------------------------------------------------------------------------------------------
# Site

start=$(date +%s.%N)
python3 "$BENCH_DIR/generate.py" "$N" "$SRC" > /dev/null
gen_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
md_bytes=$(find "$SRC/hyde/content" -name '*.md' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f1)
if [[ " ${TOOLS[*]} " == *" hyde-mvn "* ]]; then
    # A project as `hyde new` writes it (pom.xml declaring the plugin, .mvn/jvm.config), its
    # sample content, configuration and templates replaced by the generated site's.
    java -jar "$JAR" new "$SRC/mvn" --title "Meshwork Documentation" > /dev/null
    rm -rf "$SRC/mvn/content" "$SRC/mvn/_config.yml" "$SRC/mvn/templates" "$SRC/mvn/_data"
    cp -R "$SRC/hyde/." "$SRC/mvn/"
    MVN_PLUGIN_VERSION=$(sed -n 's:.*<hyde.plugin.version>\(.*\)</hyde.plugin.version>.*:\1:p' "$SRC/mvn/pom.xml")
    if [[ ! -f $MVN_REPO/dev/hyde/hyde/$MVN_PLUGIN_VERSION/hyde-$MVN_PLUGIN_VERSION.jar ]]; then
        echo "missing: Hyde's Maven plugin $MVN_PLUGIN_VERSION in $MVN_REPO; install it with" \
             "'mvn -B -DskipTests install' in $REPO (or set MVN_REPO); the hyde-mvn row is skipped" >&2
        missing=1
        keep=()
        for tool in "${TOOLS[@]}"; do [[ $tool == hyde-mvn ]] || keep+=("$tool"); done
        TOOLS=("${keep[@]}")
    fi
fi
echo "generated $N pages ($(awk -v b="$md_bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }') of Markdown per form," \
     "$(awk -v b="$md_bytes" -v n="$N" 'BEGIN { printf "%.1f KB", b / n / 1e3 }') per page) in ${gen_s} s"
echo

# ---------------------------------------------------------------------------------------------
# Runs

command_for() { # command_for TOOL DEST: set CMD to the command that builds the site into DEST
    local tool=$1 dest=$2
    case $tool in
        hyde)      CMD=(java -jar "$JAR" build "$SRC/hyde" -d "$dest" --no-cache) ;;
        hyde-tuned) CMD=(java $HYDE_TUNED_OPTS -jar "$JAR" build "$SRC/hyde" -d "$dest" --no-cache) ;;
        # Maven finds .mvn/jvm.config from the folder it runs in; offline: everything it needs is
        # in the local repository once the plugin is installed
        hyde-mvn)  CMD=(env -C "$SRC/mvn" mvn -B -o "-Dmaven.repo.local=$MVN_REPO" site:generate
                        -Dhyde.noCache=true "-Dhyde.destination=$dest") ;;
        hugo)      CMD=(hugo --quiet -s "$SRC/hugo" -d "$dest") ;;
        hugo-nohl) CMD=(env HUGO_MARKUP_HIGHLIGHT_CODEFENCES=false
                        hugo --quiet -s "$SRC/hugo" -d "$dest") ;;
        jekyll)    CMD=(jekyll build --quiet -s "$SRC/jekyll" -d "$dest") ;;
    esac
}

runs_of() { if [[ $1 == jekyll ]]; then echo "$JEKYLL_RUNS"; else echo "$RUNS"; fi; }

# CPU seconds the whole machine has been busy (all processes, all CPUs) since boot.
TICKS=$(getconf CLK_TCK)
busy_seconds() {
    awk -v hz="$TICKS" '$1 == "cpu" { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz; exit }' /proc/stat
}
# Wait (at most 120 s) until other processes use less than a fifth of a CPU over one second.
wait_quiet() {
    local waited=0 before after
    while (( waited < 120 )); do
        before=$(busy_seconds); sleep 1; after=$(busy_seconds)
        if awk -v a="$before" -v b="$after" 'BEGIN { exit !(b - a < 0.2) }'; then return 0; fi
        sleep 2; waited=$((waited + 3))
    done
}

printf '%-10s %4s %9s %9s %9s %9s %7s %8s  %s\n' tool run "wall s" "user s" "sys s" "RSS MB" pages \
    "other s" status
for ((r = 1; r <= RUNS || r <= JEKYLL_RUNS; r++)); do
    for tool in "${TOOLS[@]}"; do
        (( r <= $(runs_of "$tool") )) || continue
        for ((attempt = 0; attempt <= BUSY_RETRIES; attempt++)); do
            dest=$OUT/$tool-$r
            rm -rf "$dest"
            # Every run is a cold build: Jekyll's disk cache (.jekyll-cache) would otherwise keep
            # the Markdown conversions of the previous run. Hugo and Hyde keep no such cache.
            rm -rf "$SRC/jekyll/.jekyll-cache"
            # Flush earlier writes and deletions so that their write-back does not land in this run.
            sync
            wait_quiet
            log=$LOGS/$tool-$r.log
            status=ok
            command_for "$tool" "$dest"
            busy_before=$(busy_seconds)
            if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "${CMD[@]}" > "$log" 2>&1; then
                status="FAILED (exit code; see log below)"
            fi
            busy_after=$(busy_seconds)
            read -r wall user sys rss_kb < <(tail -n 1 "$WORK/time.txt")
            # CPU time other processes used during the run: a busy machine makes wall time longer.
            other=$(awk -v a="$busy_before" -v b="$busy_after" -v u="$user" -v s="$sys" \
                'BEGIN { o = b - a - u - s; printf "%.2f", o < 0 ? 0 : o }')
            quiet=$(awk -v o="$other" -v w="$wall" 'BEGIN { print (o <= 1 + 0.1 * w) ? 1 : 0 }')
            pages=$(find "$dest" -name index.html 2>/dev/null | wc -l)
            if [[ $status == ok && $pages -ne $N ]]; then
                status="WRONG PAGE COUNT (expected $N)"
            fi
            if [[ $status == ok && $tool == hugo-nohl && $r == 1 ]] \
                    && grep -q '<pre tabindex="0" style=' -r "$dest" --include=index.html -m 1; then
                status="HIGHLIGHTING NOT OFF"
            fi
            shown=$status
            if [[ $status == ok && $quiet == 0 ]]; then
                shown="busy: other processes used ${other} s of CPU"
                (( attempt < BUSY_RETRIES )) && shown="$shown; repeated"
            fi
            printf '%-10s %4d %9.2f %9.2f %9.2f %9.1f %7d %8.2f  %s\n' "$tool" "$r" "$wall" "$user" \
                "$sys" "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')" "$pages" "$other" "$shown"
            if [[ $status != ok ]]; then
                echo "---- last lines of $tool run $r output:"
                tail -n 20 "$log" | sed 's/^/    /'
            fi
            rm -rf "$dest"
            if [[ $status == ok && $quiet == 0 && $attempt -lt $BUSY_RETRIES ]]; then
                continue
            fi
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$r" "$wall" "$user" "$sys" "$rss_kb" \
                "$([[ $status == ok ]] && echo 1 || echo 0)" "$quiet" >> "$RESULTS"
            break
        done
    done
done
echo

# ---------------------------------------------------------------------------------------------
# Summary

# median TOOL COLUMN_EXPR: the median over the successful runs of TOOL
median() {
    awk -F'\t' -v t="$1" "\$1 == t && \$7 == 1 { print $2 }" "$RESULTS" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2];
                                  else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
max_rss_mb() {
    awk -F'\t' -v t="$1" '$1 == t && $7 == 1 { if ($6 > m) m = $6 } END { if (m) print m / 1024 }' "$RESULTS"
}
ok_runs() { awk -F'\t' -v t="$1" '$1 == t { n++; ok += $7 } END { printf "%d/%d", ok, n }' "$RESULTS"; }
busy_runs() { awk -F'\t' '$7 == 1 && $8 == 0' "$RESULTS" | wc -l; }

hugo_wall=$(median hugo '$3')
nohl_wall=$(median hugo-nohl '$3')
ratio() { # ratio A B: A / B, or "-"
    if [[ -n $1 && -n $2 ]]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; else echo "-"; fi
}

echo "## Summary: $N pages (medians over successful runs; CPU = user + sys)"
echo
printf '| %-10s | %5s | %13s | %12s | %15s | %8s | %12s | %17s |\n' tool "ok" "median wall s" \
    "median CPU s" "max peak RSS MB" "pages/s" "wall / Hugo" "wall / Hugo no-hl"
printf '| %-10s | %5s | %13s | %12s | %15s | %8s | %12s | %17s |\n' ---------- ----: ------------: \
    -----------: --------------: -------: -----------: ----------------:
for tool in "${TOOLS[@]}"; do
    wall=$(median "$tool" '$3')
    cpu=$(median "$tool" '$4 + $5')
    rss=$(max_rss_mb "$tool")
    if [[ -n $wall ]]; then
        printf '| %-10s | %5s | %13.2f | %12.2f | %15.0f | %8.0f | %12s | %17s |\n' "$tool" \
            "$(ok_runs "$tool")" "$wall" "$cpu" "$rss" \
            "$(awk -v n="$N" -v w="$wall" 'BEGIN { print (w > 0 ? n / w : 0) }')" \
            "$(ratio "$wall" "$hugo_wall")" "$(ratio "$wall" "$nohl_wall")"
    else
        printf '| %-10s | %5s | %13s | %12s | %15s | %8s | %12s | %17s |\n' "$tool" \
            "$(ok_runs "$tool")" - - - - - -
    fi
done
echo
echo "hugo = Hugo defaults (code fences highlighted with Chroma at build time);"
echo "hugo-nohl = Hugo with HUGO_MARKUP_HIGHLIGHT_CODEFENCES=false (no build-time highlighting,"
echo "like Hyde, which leaves highlighting to highlight.js in the browser);"
echo "jekyll = Jekyll defaults (kramdown, code highlighted with Rouge at build time), cold cache."
echo "hyde-mvn = mvn site:generate in a project made by hyde new (JVM options from its .mvn/jvm.config),"
echo "Maven's start and plugin loading included."
if [[ $(busy_runs) -gt 0 ]]; then
    echo "$(busy_runs) run(s) were still disturbed by other processes after $BUSY_RETRIES repeats (marked"
    echo "busy above): their wall times are too long; their CPU times are still meaningful."
fi
if [[ $missing == 1 ]]; then
    echo "Some tools were skipped; see the messages above (apt-get install hugo jekyll)."
fi

if [[ $HYDE_STAGES == 1 && " ${TOOLS[*]} " == *" hyde "* ]]; then
    echo
    echo "## Hyde's time per stage (one extra, untimed run with -v; stages are summed over threads)"
    echo
    java -jar "$JAR" build "$SRC/hyde" -d "$OUT/hyde-stages" --no-cache -v 2>&1 | sed 's/^/    /' || true
    rm -rf "$OUT/hyde-stages"
fi

failed=$(awk -F'\t' '$7 == 0' "$RESULTS" | wc -l)
if [[ $failed -gt 0 ]]; then
    echo
    echo "$failed run(s) failed or produced the wrong number of pages; see above."
    exit 1
fi
