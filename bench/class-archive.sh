#!/usr/bin/env bash
# Makes sure Hyde's JVM class archive for JAR exists before a benchmark times anything, as it does
# on a machine where the jar has built twice (README "The class archive"): the timed builds then
# start as a user's builds do after the first two. Two builds of a project made by `hyde new`.
#
# Usage: bench/class-archive.sh JAR     (HYDE_CLASS_ARCHIVE=off: nothing is made, and the timed
#                                        builds run without an archive)
set -euo pipefail
JAR=$1
if [[ ${HYDE_CLASS_ARCHIVE:-} == off ]]; then
    echo "class archive: off"
    exit 0
fi
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
java -jar "$JAR" new "$DIR/site" --title "Warm-up" > /dev/null
for _ in 1 2; do
    java -jar "$JAR" build --no-cache "$DIR/site" > /dev/null
done
echo "class archive: made by two builds of a new project (README \"The class archive\")"
