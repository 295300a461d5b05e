#!/usr/bin/env bash
# How much the built-in theme's sidebar adds to a site: builds the N-page benchmark site
# (bench/generate.py) on the built-in theme with the CLI jar and compares the output with the same output less every
# page's <nav id="sidebar"> element and the shared sidebar file.
#   bench/nav-size.sh [N]        (default 10000; needs target/hyde-*-cli.jar: mvn -B -DskipTests install)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/generate.py" "$n" "$work/gen" >/dev/null
# The benchmark site brings its own layouts; without them it gets the built-in theme.
rm "$work/gen/hyde/templates/base.ftlh" "$work/gen/hyde/templates/default.ftlh"
jar=$(ls "$root"/target/hyde-*-cli.jar | head -n 1)
java -Xmx2g -jar "$jar" build "$work/gen/hyde" -d "$work/site" --no-cache >/dev/null
python3 - "$work/site" "$n" <<'PY'
import os, re, sys
site, n = sys.argv[1], int(sys.argv[2])
total = sidebar = pages = 0
shared = 0
for folder, _, files in os.walk(site):
    for name in files:
        path = os.path.join(folder, name)
        size = os.path.getsize(path)
        total += size
        if path.endswith(os.path.join("assets", "hyde", "nav.html")):
            shared = size
        elif name.endswith(".html"):
            text = open(path, encoding="utf-8").read()
            m = re.search(r'<nav id="sidebar".*?</nav>', text, re.S)
            if m:
                pages += 1
                sidebar += len(m.group(0).encode("utf-8"))
without = total - sidebar - shared
print(f"pages with a sidebar: {pages} of a {n}-page site")
print(f"sidebar per page: {sidebar / max(pages, 1):,.0f} bytes on average; shared sidebar file: {shared:,} bytes")
print(f"output: {total:,} bytes with the sidebar, {without:,} without: {total / without:.3f}x")
PY
