#!/usr/bin/env python3
"""Generate the same N-page documentation site as a Hyde, a Jekyll and a Hugo project.

Usage: python3 bench/generate.py N OUT

Writes OUT/hyde, OUT/jekyll and OUT/hugo (OUT must not exist or be empty). The output is
deterministic: the same N gives byte-identical trees. Page i has the same text whatever N is,
except for the links to other pages, which only point at pages that exist.

The N pages are: the home page, one index page per section (up to 20 sections, five top-level
sections with three subsections each) and N - 1 - sections leaf pages spread round-robin over
the sections. Every page body is 6-12 KB of Markdown with headings, paragraphs, lists, links to
other pages, 2-4 fenced code blocks with a language, a GFM table, the product version from the
data file and a note include. Only the Liquid tags differ between the forms:

    Hyde, Jekyll: {{ site.data.product.version }}    {% include note.html text="..." %}
    Hugo:         {{< version >}}                     {{< note text="..." >}}
"""

import os
import random
import sys

SEED = "hyde-bench-2026"
MAX_SECTIONS = 20
TOP_SECTIONS = ["getting-started", "concepts", "operations", "security", "reference"]
SUBSECTIONS = {
    "getting-started": ["installation", "first-steps", "upgrading"],
    "concepts": ["architecture", "traffic", "observability"],
    "operations": ["deployment", "scaling", "troubleshooting"],
    "security": ["authentication", "authorization", "certificates"],
    "reference": ["cli", "configuration", "api"],
}
PRODUCT_NAME = "Meshwork"
PRODUCT_VERSION = "2.4.1"
SITE_TITLE = "Meshwork Documentation"

WORDS = """
access account adapter address agent alert allocation annotation api application argument
attribute audit backend backoff balancer bandwidth batch binary binding boundary buffer bundle
cache capacity certificate channel checksum client cluster codec collector command component
condition configuration connection consumer container context controller credential cursor
daemon dashboard database deadline default delegate dependency deployment descriptor digest
directory discovery domain driver endpoint engine entry environment event exporter expression
extension failover field filter flag format gateway generator graph handler header health host
identity image index ingress instance interface interval issuer job journal kernel key label
latency layer lease limit listener load locality lock log manifest mapping mesh message metric
module monitor mount namespace network node object operator option origin output package packet
parameter partition path payload peer permission pipeline plugin policy pool port principal
probe process profile protocol provider proxy queue quota range rate record region registry
release replica request resolver resource response retry revision role route rule runtime
sample scheduler schema scope secret selector sequence server service session shard sidecar
signal snapshot socket source span specification stage state storage stream subnet subscriber
table target task telemetry template tenant threshold timeout token topic trace transport
trigger tunnel upstream usage validator value version volume webhook window workload zone
""".split()

VERBS = """
configure deploy enable disable inspect rotate restart validate export import register
migrate upgrade scale monitor secure debug route limit observe replace verify
""".split()

ADJECTIVES = """
active automatic custom dedicated default dynamic encrypted external global healthy idle
internal local managed mutual optional primary private public regional remote secondary
shared stable static strict temporary trusted
""".split()

CONTRACTIONS = ["don't", "isn't", "won't", "can't", "doesn't", "it's", "you'll", "we're"]

LANGUAGES = ["yaml", "bash", "json", "go", "java", "python"]


# ---------------------------------------------------------------------------------------------
# Site structure


def sections_for(n):
    """The section paths used for an n-page site, parents before children."""
    ordered = []
    for top in TOP_SECTIONS:
        ordered.append(top)
        ordered.extend(f"{top}/{sub}" for sub in SUBSECTIONS[top])
    count = min(MAX_SECTIONS, max(0, (n - 1) // 4))
    return ordered[:count]


def title_case(text):
    return text[:1].upper() + text[1:]


def section_title(path):
    return title_case(path.rsplit("/", 1)[-1].replace("-", " "))


class Page:
    def __init__(self, index, path, url, title, kind):
        self.index = index      # 0 = home page
        self.path = path        # path of the source file without extension, e.g. "concepts/index"
        self.url = url          # pretty URL, e.g. "/concepts/"
        self.title = title
        self.kind = kind        # "home", "section" or "leaf"


def plan_pages(n):
    sections = sections_for(n)
    pages = [Page(0, "index", "/", f"{PRODUCT_NAME} documentation", "home")]
    for sec in sections:
        pages.append(Page(len(pages), f"{sec}/index", f"/{sec}/", section_title(sec), "section"))
    leaf = 0
    while len(pages) < n:
        rng = random.Random(f"{SEED}:title:{leaf}")
        words = [rng.choice(VERBS), rng.choice(ADJECTIVES), rng.choice(WORDS), rng.choice(WORDS)]
        slug = "-".join(words) + f"-{leaf:05d}"
        title = title_case(" ".join(words))
        sec = sections[leaf % len(sections)] if sections else ""
        path = f"{sec}/{slug}" if sec else slug
        pages.append(Page(len(pages), path, f"/{path}/", title, "leaf"))
        leaf += 1
    return sections, pages[:n]


# ---------------------------------------------------------------------------------------------
# Markdown text


class Writer:
    """Builds one page body. Liquid-or-Hugo tags are kept as markers and filled in per form."""

    VERSION = "\x00VERSION\x00"
    NOTE = "\x00NOTE:"

    def __init__(self, rng, pages, me):
        self.rng = rng
        # Link targets come from their own generator so that the rest of the text does not
        # depend on the number of pages.
        self.link_rng = random.Random(f"{SEED}:links:{me.index}")
        self.pages = pages
        self.me = me

    def word(self):
        return self.rng.choice(WORDS)

    def link(self):
        if len(self.pages) < 2:
            return f"*{self.word()}*"
        while True:
            other = self.pages[self.link_rng.randrange(len(self.pages))]
            if other is not self.me:
                return f"[{other.title}]({other.url})"

    def sentence(self, allow_inline=True):
        rng = self.rng
        n = rng.randint(8, 18)
        out = []
        for i in range(n):
            r = rng.random()
            if allow_inline and r < 0.04:
                out.append(f"`{self.word()}.{self.word()}`")
            elif allow_inline and r < 0.07:
                out.append(f"**{self.word()}**")
            elif allow_inline and r < 0.09:
                out.append(f"*{rng.choice(ADJECTIVES)}*")
            elif r < 0.12:
                out.append(rng.choice(CONTRACTIONS))
            elif r < 0.25:
                out.append(rng.choice(ADJECTIVES))
            elif r < 0.33:
                out.append(rng.choice(VERBS))
            else:
                out.append(self.word())
        if allow_inline and rng.random() < 0.15:
            out.insert(rng.randint(1, len(out) - 1), "see " + self.link() + " for details, and")
        text = " ".join(out)
        end = "." if rng.random() < 0.9 else ("?" if rng.random() < 0.5 else "!")
        return title_case(text) + end

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 6)))

    def heading_text(self):
        return title_case(" ".join([self.rng.choice(VERBS), "the",
                                    self.rng.choice(ADJECTIVES), self.word()]))

    def bullet_list(self):
        items = []
        for _ in range(self.rng.randint(3, 6)):
            r = self.rng.random()
            if r < 0.3:
                items.append(f"- {self.link()}: {self.sentence(False).lower()}")
            elif r < 0.5:
                items.append(f"- `{self.word()}`: {self.sentence(False)}")
            else:
                items.append(f"- {self.sentence()}")
        return "\n".join(items)

    def numbered_list(self):
        return "\n".join(f"{i}. {self.sentence()}"
                         for i in range(1, self.rng.randint(3, 5) + 1))

    def table(self):
        rng = self.rng
        cols = rng.randint(3, 4)
        header = ["Name", "Default", "Description", "Since"][:cols]
        rows = ["| " + " | ".join(header) + " |", "| " + " | ".join(["---"] * cols) + " |"]
        for _ in range(rng.randint(3, 8)):
            cells = [f"`{self.word()}.{self.word()}`",
                     rng.choice(["`true`", "`false`", f"`{rng.randint(1, 900)}`", "none",
                                 f"`{rng.randint(1, 60)}s`"]),
                     self.sentence(False)[:-1],
                     f"{rng.randint(1, 2)}.{rng.randint(0, 9)}"][:cols]
            rows.append("| " + " | ".join(cells) + " |")
        return "\n".join(rows)

    def code(self, lang):
        rng = self.rng
        w = self.word
        if lang == "yaml":
            lines = [f"apiVersion: {w()}.example.com/v1", f"kind: {title_case(w())}",
                     "metadata:", f"  name: {w()}-{w()}", f"  namespace: {w()}", "spec:"]
            for _ in range(rng.randint(3, 8)):
                lines.append(f"  {w()}: {rng.choice([str(rng.randint(1, 999)), 'true', w()])}")
        elif lang == "bash":
            lines = []
            for _ in range(rng.randint(2, 6)):
                lines.append(f"$ meshctl {rng.choice(VERBS)} {w()} --{w()}={w()} -n {w()}")
        elif lang == "json":
            inner = ",\n".join(f'  "{w()}": "{w()}-{rng.randint(1, 99)}"'
                               for _ in range(rng.randint(3, 7)))
            lines = ["{", inner, "}"]
        elif lang == "go":
            fn = title_case(rng.choice(VERBS)) + title_case(w())
            lines = [f"func {fn}(ctx context.Context, {w()} string) error {{",
                     f"\tif err := client.{title_case(rng.choice(VERBS))}(ctx); err != nil {{",
                     f'\t\treturn fmt.Errorf("{rng.choice(VERBS)} {w()}: %w", err)',
                     "\t}", f"\treturn {w()}.Close()", "}"]
        elif lang == "java":
            cls = title_case(w()) + title_case(w())
            lines = [f"public final class {cls} {{",
                     f"    private final int {w()}Limit = {rng.randint(1, 500)};", "",
                     f"    public String {rng.choice(VERBS)}(String {w()}) {{",
                     f'        return "{w()}-" + {w()}Limit;', "    }", "}"]
        else:
            lines = [f"def {rng.choice(VERBS)}_{w()}(client, {w()}):",
                     f'    """{title_case(rng.choice(VERBS))} the {w()}."""',
                     f"    for item in client.list_{w()}s():",
                     f"        if item.{w()} > {rng.randint(1, 99)}:",
                     f"            client.{rng.choice(VERBS)}(item)",
                     "    return None"]
        return f"```{lang}\n" + "\n".join(lines) + "\n```"


def page_body(page, pages):
    """The Markdown body of a page, with markers for the version and the note."""
    rng = random.Random(f"{SEED}:body:{page.index}")
    w = Writer(rng, pages, page)
    target = rng.randint(6400, 11000)
    n_code = rng.randint(2, 4)
    langs = [rng.choice(LANGUAGES) for _ in range(n_code)]
    blocks = [
        w.paragraph(),
        f"This page applies to {PRODUCT_NAME} {Writer.VERSION} and later. " + w.sentence(),
        Writer.NOTE + w.sentence(False)[:-1].replace('"', "") + "\x00",
    ]
    extras = ["table", "bullets", "numbered"] + ["code"] * n_code
    size = sum(len(b) for b in blocks)
    while size < target or extras:
        section = ["## " + w.heading_text(), w.paragraph()]
        r = rng.random()
        if extras:
            kind = extras.pop(0)
        else:
            kind = "bullets" if r < 0.35 else "numbered" if r < 0.55 else "sub"
        if kind == "table":
            section += [w.sentence(), w.table()]
        elif kind == "bullets":
            section += [w.bullet_list(), w.paragraph()]
        elif kind == "numbered":
            section += ["### " + w.heading_text(), w.numbered_list()]
        elif kind == "code":
            section += [w.sentence(), w.code(langs.pop())]
        else:
            section += ["### " + w.heading_text(), w.paragraph()]
        added = sum(len(b) + 2 for b in section)
        if not extras and size + added > 11800:
            break
        blocks += section
        size += added
    return "\n\n".join(blocks) + "\n"


def liquid_form(body):
    body = body.replace(Writer.VERSION, "{{ site.data.product.version }}")
    out = []
    for part in body.split(Writer.NOTE):
        if "\x00" in part:
            text, rest = part.split("\x00", 1)
            part = '{% include note.html text="' + text + '" %}' + rest
        out.append(part)
    return "".join(out)


def hugo_form(body):
    body = body.replace(Writer.VERSION, "{{< version >}}")
    out = []
    for part in body.split(Writer.NOTE):
        if "\x00" in part:
            text, rest = part.split("\x00", 1)
            part = '{{< note text="' + text + '" >}}' + rest
        out.append(part)
    return "".join(out)


def front_matter(page):
    rng = random.Random(f"{SEED}:desc:{page.index}")
    desc = f"How to {rng.choice(VERBS)} the {rng.choice(ADJECTIVES)} {rng.choice(WORDS)}"
    return f'---\ntitle: "{page.title}"\ndescription: "{desc}"\n---\n'


# ---------------------------------------------------------------------------------------------
# Templates and configuration

NOTE_INCLUDE = '<div class="note"><strong>Note:</strong> {{ include.text }}</div>\n'

HYDE_BASE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${page.title} | ${site.title}</title>
  <meta name="description" content="${page.description!""}">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <header class="site-header">
    <a class="site-title" href="/">${site.title}</a>
    <nav class="site-nav" aria-label="Sections">
      <ul>
<#list site.data.product.sections as s>
        <li class="level-${s.level}"><a href="${s.url}"<#if s.url == page.url> aria-current="page"</#if>>${s.title}</a></li>
</#list>
      </ul>
    </nav>
  </header>
  <main id="main">
${content?no_esc}
  </main>
  <footer class="site-footer">
    <p>${site.data.product.name} ${site.data.product.version} · © ${site.data.product.copyright}</p>
  </footer>
</body>
</html>
"""

HYDE_DEFAULT = """\
---
layout: base
---
<article class="page">
  <h1>${page.title}</h1>
${content?no_esc}
</article>
"""

JEKYLL_BASE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{ page.title }} | {{ site.title }}</title>
  <meta name="description" content="{{ page.description }}">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <header class="site-header">
    <a class="site-title" href="/">{{ site.title }}</a>
    <nav class="site-nav" aria-label="Sections">
      <ul>
{%- for s in site.data.product.sections %}
        <li class="level-{{ s.level }}"><a href="{{ s.url }}"{% if s.url == page.url %} aria-current="page"{% endif %}>{{ s.title }}</a></li>
{%- endfor %}
      </ul>
    </nav>
  </header>
  <main id="main">
{{ content }}
  </main>
  <footer class="site-footer">
    <p>{{ site.data.product.name }} {{ site.data.product.version }} · © {{ site.data.product.copyright }}</p>
  </footer>
</body>
</html>
"""

JEKYLL_DEFAULT = """\
---
layout: base
---
<article class="page">
  <h1>{{ page.title }}</h1>
{{ content }}
</article>
"""

HUGO_BASEOF = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{ .Title }} | {{ .Site.Title }}</title>
  <meta name="description" content="{{ .Description }}">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <header class="site-header">
    <a class="site-title" href="/">{{ .Site.Title }}</a>
    {{- partial "nav.html" . }}
  </header>
  <main id="main">
{{ block "main" . }}{{ end }}
  </main>
  <footer class="site-footer">
    {{- with .Site.Data.product }}
    <p>{{ .name }} {{ .version }} · © {{ .copyright }}</p>
    {{- end }}
  </footer>
</body>
</html>
"""

HUGO_NAV = """\
<nav class="site-nav" aria-label="Sections">
      <ul>
{{- $url := .RelPermalink }}
{{- range .Site.Data.product.sections }}
        <li class="level-{{ .level }}"><a href="{{ .url }}"{{ if eq .url $url }} aria-current="page"{{ end }}>{{ .title }}</a></li>
{{- end }}
      </ul>
    </nav>
"""

HUGO_SINGLE = """\
{{ define "main" }}
<article class="page">
  <h1>{{ .Title }}</h1>
{{ .Content }}
</article>
{{ end }}
"""

HUGO_NOTE = '<div class="note"><strong>Note:</strong> {{ .Get "text" }}</div>\n'
HUGO_VERSION = "{{ .Site.Data.product.version }}"

CSS = """\
body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; }
.site-header, .site-footer { padding: 1rem 2rem; background: #f4f5f7; }
.site-nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
.site-nav .level-2 { font-size: 0.9em; }
main { max-width: 50rem; margin: 0 auto; padding: 1rem 2rem; }
.note { border-left: 4px solid #2c7be5; padding: 0.5rem 1rem; background: #eef4fd; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
pre { overflow-x: auto; background: #f6f8fa; padding: 0.75rem; }
"""


def product_yml(sections):
    lines = [f'name: "{PRODUCT_NAME}"', f'version: "{PRODUCT_VERSION}"',
             'copyright: "2026 Meshwork Authors"', "sections:"]
    for sec in sections:
        lines += [f'  - title: "{section_title(sec)}"', f'    url: "/{sec}/"',
                  f"    level: {sec.count('/') + 1}"]
    if not sections:
        lines[-1] = "sections: []"
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Output


def write(root, rel, text):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n, out):
    sections, pages = plan_pages(n)
    hyde, jekyll, hugo = (os.path.join(out, x) for x in ("hyde", "jekyll", "hugo"))
    data = product_yml(sections)

    write(hyde, "_config.yml", f'title: "{SITE_TITLE}"\nbaseurl: ""\npermalink: pretty\n')
    write(hyde, "_data/product.yml", data)
    write(hyde, "templates/base.ftlh", HYDE_BASE)
    write(hyde, "templates/default.ftlh", HYDE_DEFAULT)
    write(hyde, "templates/_includes/note.html", NOTE_INCLUDE)
    write(hyde, "templates/assets/css/site.css", CSS)

    write(jekyll, "_config.yml",
          f'title: "{SITE_TITLE}"\nbaseurl: ""\npermalink: pretty\nmarkdown: kramdown\n'
          "defaults:\n  - scope:\n      path: \"\"\n    values:\n      layout: default\n")
    write(jekyll, "_data/product.yml", data)
    write(jekyll, "_layouts/base.html", JEKYLL_BASE)
    write(jekyll, "_layouts/default.html", JEKYLL_DEFAULT)
    write(jekyll, "_includes/note.html", NOTE_INCLUDE)
    write(jekyll, "assets/css/site.css", CSS)

    write(hugo, "config.toml",
          f'baseURL = "https://docs.example.com/"\ntitle = "{SITE_TITLE}"\n'
          'languageCode = "en"\n'
          'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    write(hugo, "data/product.yml", data)
    write(hugo, "layouts/_default/baseof.html", HUGO_BASEOF)
    write(hugo, "layouts/_default/single.html", HUGO_SINGLE)
    write(hugo, "layouts/_default/list.html", HUGO_SINGLE)
    write(hugo, "layouts/partials/nav.html", HUGO_NAV)
    write(hugo, "layouts/shortcodes/note.html", HUGO_NOTE)
    write(hugo, "layouts/shortcodes/version.html", HUGO_VERSION)
    write(hugo, "static/assets/css/site.css", CSS)

    for page in pages:
        body = page_body(page, pages)
        fm = front_matter(page)
        write(hyde, f"content/{page.path}.md", fm + liquid_form(body))
        write(jekyll, f"{page.path}.md", fm + liquid_form(body))
        hugo_path = page.path[:-len("index")] + "_index" if page.kind != "leaf" else page.path
        write(hugo, f"content/{hugo_path}.md", fm + hugo_form(body))


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit() or int(argv[1]) < 1:
        sys.stderr.write("usage: python3 bench/generate.py N OUT   (N >= 1 pages)\n")
        return 2
    n, out = int(argv[1]), argv[2]
    if os.path.exists(out) and os.listdir(out):
        sys.stderr.write(f"generate.py: {out} exists and is not empty\n")
        return 2
    generate(n, out)
    print(f"Generated {n} pages in {out}/hyde, {out}/jekyll and {out}/hugo")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
