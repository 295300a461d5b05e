# Sourced by the benchmarks that build the generated site with Hyde's CLI jar: reads [N] [RUNS]
# (defaults DEFAULT_N, DEFAULT_RUNS), finds the jar (HYDE_JAR, else target/hyde-*-cli.jar), makes
# a work folder (removed at exit unless KEEP=1) and generates the N-page site into $WORK/src.
# Sets N, RUNS, BENCH_DIR, JAR, WORK; defines median (of numbers on standard input).
N=${1:-$DEFAULT_N}
RUNS=${2:-$DEFAULT_RUNS}
if ! [[ $N =~ ^[0-9]+$ && $N -ge 1 && $RUNS =~ ^[0-9]+$ && $RUNS -ge 1 ]]; then
    echo "usage: $0 [N pages >= 1] [RUNS >= 1]" >&2
    exit 2
fi
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAR=${HYDE_JAR:-$(ls "$(dirname "$BENCH_DIR")"/target/hyde-*-cli.jar 2>/dev/null | head -1)}
if [[ -z $JAR || ! -f $JAR ]]; then
    echo "no Hyde CLI jar: run 'mvn -B -DskipTests install' first, or set HYDE_JAR" >&2
    exit 1
fi
WORK=$(mktemp -d)
if [[ ${KEEP:-0} != 1 ]]; then trap 'rm -rf "$WORK"' EXIT; else echo "keeping $WORK"; fi
python3 "$BENCH_DIR/generate.py" "$N" "$WORK/src" >/dev/null
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
