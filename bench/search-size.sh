#!/usr/bin/env bash
# What the built-in theme's search costs on the N-page benchmark site (bench/generate.py) on the
# built-in theme: the build's time with search on and off (wall and CPU, best of RUNS each), the
# index's files and bytes, and then, in headless Chromium (BigSiteSearchBrowserTest), the bytes a
# first query fetches and the time from the last keystroke to results shown.
#   bench/search-size.sh [N] [RUNS]    (default 10000 2; needs target/hyde-*-cli.jar and Chromium:
#                                       mvn -B -DskipTests install; skip the browser with NO_BROWSER=1)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-10000}
runs=${2:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/generate.py" "$n" "$work/gen" >/dev/null
rm "$work/gen/hyde/templates/base.ftlh" "$work/gen/hyde/templates/default.ftlh"
printf 'search: false\n' > "$work/gen/hyde/no-search.yml"
jar=$(ls "$root"/target/hyde-*-cli.jar | head -n 1)
python3 - "$jar" "$work" "$runs" <<'PY'
import os, resource, subprocess, sys, time
jar, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
project = os.path.join(work, "gen", "hyde")
def build(extra, dest):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    out = subprocess.run(["java", "-Xmx2g", "-jar", jar, "build", project, "-d", dest, "-v"] + extra,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("build failed:\n" + out.stdout + out.stderr)
    out = out.stdout
    wall = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stages = {l.split()[0]: int(l.split()[1]) for l in out.splitlines() if l.startswith("  ")}
    return wall, cpu, stages
on, off = [], []
for _ in range(runs):  # alternate, so a busy moment of the machine hits both alike
    on.append(build([], os.path.join(work, "site")))
    off.append(build(["--config", os.path.join(project, "_config.yml") + "," + os.path.join(project, "no-search.yml")],
                     os.path.join(work, "site-off")))
best_on, best_off = min(on, key=lambda r: r[0]), min(off, key=lambda r: r[0])
cpu_on, cpu_off = min(r[1] for r in on), min(r[1] for r in off)
print(f"build, search on:  {best_on[0]:6.2f} s wall, {cpu_on:6.2f} s CPU (best of {runs})")
print(f"build, search off: {best_off[0]:6.2f} s wall, {cpu_off:6.2f} s CPU")
print(f"search adds:       {best_on[0] - best_off[0]:6.2f} s wall ({(best_on[0] - best_off[0]) / best_on[0]:.1%} of the build), "
      f"{cpu_on - cpu_off:6.2f} s CPU ({(cpu_on - cpu_off) / cpu_on:.1%})")
print(f"'search' stage (-v; per-page reading summed over threads, plus the merge): {best_on[2].get('search', 0)} ms")
index = os.path.join(work, "site", "assets", "hyde", "search")
sizes = {}
for folder, _, files in os.walk(index):
    for name in files:
        sizes[os.path.relpath(os.path.join(folder, name), index)] = os.path.getsize(os.path.join(folder, name))
shards = {k: v for k, v in sizes.items() if k.startswith("t/")}
docs = {k: v for k, v in sizes.items() if k.startswith("d/")}
print(f"index: {sum(sizes.values()):,} bytes in {len(sizes):,} files: manifest {sizes['index.json']:,}; "
      f"{len(shards)} term shards, {sum(shards.values()):,} bytes, largest {max(shards.values()):,}; "
      f"{len(docs)} section chunks, {sum(docs.values()):,} bytes, {max(docs.values()):,} at most")
print(f"a client that loads the whole index would fetch at least {sum(sizes.values()):,} bytes before its first result")
PY
if [ "${NO_BROWSER:-}" != 1 ]; then
  (cd "$root" && mvn -B -o -q test -Dtest=BigSiteSearchBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dhyde.search.pages="$n" ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} >/dev/null)
  sed 's/^/chromium: /' "$root/target/search-bench.txt"
fi
