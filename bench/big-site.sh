#!/usr/bin/env bash
# Builds the N-page benchmark site (bench/generate.py) with the CLI jar as a user runs it
# (java -jar, so the CLI starts its tuned JVM) in a heap of HEAP, and prints the wall time, the
# CPU time and the peak resident memory of the build (GNU time's -v), its stage times and its
# exit status. A build that runs out of heap exits with 3 (the CLI's -XX:+ExitOnOutOfMemoryError).
#   bench/big-site.sh [N] [HEAP]      (default 100000 1g; needs target/hyde-*-cli.jar:
#                                      mvn -B -DskipTests install; /usr/bin/time: apt-get install time)
# The site is generated into a new folder of $TMPDIR (else /tmp; 100,000 pages are 1.2 GB of
# Markdown and 2 GB of output: TMPDIR=/dev/shm keeps the disk out of the figures), removed at
# exit unless KEEP=1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-100000}
heap=${2:-1g}
jar=${HYDE_JAR:-$(ls "$root"/target/hyde-*-cli.jar 2>/dev/null | head -n 1)}
if [[ -z $jar || ! -f $jar ]]; then
    echo "no Hyde CLI jar: run 'mvn -B -DskipTests install' first, or set HYDE_JAR" >&2
    exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "no /usr/bin/time: apt-get install time" >&2
    exit 1
fi
work=$(mktemp -d)
if [[ ${KEEP:-0} != 1 ]]; then trap 'rm -rf "$work"' EXIT; else echo "keeping $work"; fi
echo "generating $n pages into $work ..."
python3 "$root/bench/generate.py" "$n" "$work/gen" >/dev/null
rm -rf "$work/gen/jekyll" "$work/gen/hugo"
echo "markdown: $(du -sh --apparent-size "$work/gen/hyde/content" | cut -f1)"
command=(java -jar "$jar" build --no-cache -v)
echo "command: (cd $work/gen/hyde && HYDE_HEAP=$heap ${command[*]})"
status=0
(cd "$work/gen/hyde" && HYDE_HEAP=$heap /usr/bin/time -v -o "$work/time.txt" "${command[@]}" >"$work/build.txt" 2>&1) \
    || status=$?
grep -E '^(Built|  [a-z]+ +[0-9]+ ms)' "$work/build.txt" || tail -n 20 "$work/build.txt"
awk -F': ' '
    /Elapsed \(wall clock\)/ { wall = $2 }
    /User time/ { user = $2 }
    /System time/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "wall %s, CPU %.1f s (user %.1f + system %.1f), peak RSS %d MB\n", wall, user + sys, user, sys, rss / 1024 }
' "$work/time.txt"
echo "exit status $status"
exit "$status"
