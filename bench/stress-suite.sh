#!/usr/bin/env bash
# Runs the whole build with its tests N times in a row while both cores are kept busy, to show
# that no test depends on timing. Stops at the first failing run.
#
# Usage: bench/stress-suite.sh [N] [MAVEN ARGS...]     (default N: 5)
#   e.g. bench/stress-suite.sh 5 -o -Dmaven.repo.local=/path/to/repo
#
# Needs stress-ng (installed with apt-get when missing, as root). The load runs only while this
# script does: it is stopped on exit, failure or Ctrl-C. Each run's log is kept in $LOGS
# (default: a temporary folder, printed at the end).
set -euo pipefail

N=5
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
    N=$1
    shift
fi
if [[ $N -lt 1 ]]; then
    echo "usage: bench/stress-suite.sh [N >= 1] [MAVEN ARGS...]" >&2
    exit 2
fi
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOGS=${LOGS:-$(mktemp -d -t hyde-stress-XXXXXX)}
mkdir -p "$LOGS"
CPUS=${CPUS:-$(nproc)}

if ! command -v stress-ng >/dev/null 2>&1; then
    echo "stress-ng missing: installing it" >&2
    apt-get update -qq && apt-get install -y -qq stress-ng >/dev/null
fi

stress_pid=""
stop_load() {
    if [[ -n $stress_pid ]]; then
        kill "$stress_pid" 2>/dev/null || true
        wait "$stress_pid" 2>/dev/null || true
        stress_pid=""
    fi
}
trap stop_load EXIT
trap 'stop_load; exit 130' INT TERM

# One CPU hog per core, bounded in time in case this script is killed without its trap.
stress-ng --cpu "$CPUS" --timeout "$((N * 1200))s" --quiet &
stress_pid=$!
echo "load: stress-ng --cpu $CPUS (pid $stress_pid); $N runs of: mvn -B $* install"

passed=0
results=()
for ((i = 1; i <= N; i++)); do
    log="$LOGS/run-$i.log"
    start=$(date +%s)
    if (cd "$REPO" && mvn -B "$@" install) >"$log" 2>&1; then
        status=passed
        passed=$((passed + 1))
    else
        status=FAILED
    fi
    took=$(($(date +%s) - start))
    tests=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run:' "$log" | grep -v ' -- in ' | tail -n 3 | tr '\n' ' ' || true)
    results+=("run $i: $status in ${took}s; $tests")
    echo "${results[-1]}"
    if [[ $status == FAILED ]]; then
        grep -E '<<< (FAILURE|ERROR)!|^\[ERROR\] +[A-Za-z].*(:[0-9]+|Time elapsed)' "$log" | head -n 20 || true
        break
    fi
done
stop_load

echo
echo "summary: $passed of $N runs passed with $CPUS cores busy (logs: $LOGS)"
for line in "${results[@]}"; do
    echo "  $line"
done
[[ $passed -eq $N ]]
