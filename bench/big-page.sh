#!/usr/bin/env bash
# Times a build of one big Markdown page of each size (MB) given, default 1 5 10 50: a realistic
# mix of paragraphs, headings, code blocks, tables, lists and a few Liquid tags.
# Usage: bench/big-page.sh [MB ...]   (build the CLI first: mvn -o package -DskipTests)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/hyde-0.1.0-SNAPSHOT-cli.jar"
[ -f "$jar" ] || { echo "missing $jar: run mvn package first" >&2; exit 1; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1 5 10 50)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for mb in "${sizes[@]}"; do
  site="$work/site-$mb"; mkdir -p "$site/content"
  python3 - "$site/content/big.md" "$mb" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
chunk = []
for i in range(40):
    chunk.append(f"## Section {i}\n\nSome *emphasised* text with `code`, a [link](https://example.com/{i}) "
                 f"and \"quotes\" -- dashes... {{{{ page.title }}}} and more words to make a paragraph.\n")
    chunk.append("```java\nint x = 1; // {{ not liquid in raw? }}\nSystem.out.println(x);\n```\n" if i % 7 else "")
    chunk.append("| a | b | c |\n|---|:-:|--:|\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n" if i % 5 == 0 else "")
    chunk.append("- one\n- two\n  - nested\n\n> a quote\n")
block = "\n".join(chunk).replace("{{ not liquid in raw? }}", "{% raw %}{{ x }}{% endraw %}")
target = mb * 1024 * 1024
with open(path, "w") as f:
    f.write("---\ntitle: Big\n---\n")
    written = 0
    while written < target:
        f.write(block); written += len(block)
PY
  start=$(date +%s.%N)
  (cd "$site" && java -jar "$jar" build >/dev/null)
  end=$(date +%s.%N)
  python3 -c "t=$end-$start; print(f'{$mb} MB: {t:.1f} s ({t/$mb:.2f} s/MB)')"
done
