package dev.hyde.pipeline;

import dev.hyde.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteFeaturesTest {

    private static final String DOC_LAYOUT = """
            -- templates/default.ftlh --
            <!doctype html><html><head><title>${page.title}</title></head><body><main>${content?no_esc}</main></body></html>
            """;

    @Test
    void pageUsesLayoutFromFrontMatterAndLayoutsChain() {
        TestSite site = TestSite.build("""
                -- content/guide.md --
                ---
                title: Guide
                layout: doc
                ---
                Hello {{ page.title }}!
                -- templates/doc.ftlh --
                ---
                layout: base
                ---
                <article>${content?no_esc}</article>
                -- templates/base.ftlh --
                <!doctype html><html><head><title>${page.title} | ${site.title}</title></head><body>${content?no_esc}</body></html>
                -- _config.yml --
                title: Docs
                """);
        Document html = site.html("guide/index.html");
        assertEquals("Guide | Docs", html.title());
        assertEquals("Hello Guide!", html.expectFirst("body > article > p").text());
    }

    @Test
    void pageWithoutLayoutGetsTheDefaultOneEvenWithoutTemplates() {
        TestSite site = TestSite.build("""
                -- content/index.md --
                ---
                title: Home
                ---
                # Welcome
                """);
        Document html = site.html("index.html");
        assertEquals("Home | Documentation", html.title());
        assertEquals("Home", html.expectFirst("main h1.doc-title").text());
        assertEquals("Welcome", html.expectFirst("main .doc-body h1").text());
    }

    @Test
    void layoutNoneWritesTheBodyAlone() {
        TestSite site = TestSite.build("""
                -- content/feed.xml --
                ---
                layout: none
                ---
                <feed><title>{{ site.title }}</title></feed>
                """);
        assertEquals("<feed><title>Documentation</title></feed>\n", site.text("feed.xml"));
    }

    @Test
    void nonHtmlPagesGetNoLayoutUnlessTheyNameOne() {
        TestSite site = TestSite.build(DOC_LAYOUT + """
                -- content/site.css --
                ---
                ---
                body { color: {{ site.data.colors.text }}; }
                -- _data/colors.yml --
                text: "#222"
                """);
        assertEquals("body { color: #222; }\n", site.text("site.css"));
    }

    @Test
    void prettyUrlsByDefaultAndPermalinkOverrides() {
        TestSite site = TestSite.build(DOC_LAYOUT + """
                -- content/docs/setup.md --
                ---
                title: Setup
                ---
                Setup
                -- content/docs/index.md --
                ---
                title: Docs
                ---
                Index
                -- content/old.md --
                ---
                title: Old
                permalink: /legacy/old.html
                ---
                Old
                """);
        assertTrue(site.exists("docs/setup/index.html"));
        assertTrue(site.exists("docs/index.html"));
        assertTrue(site.exists("legacy/old.html"));
        assertFalse(site.exists("old/index.html"));
    }

    @Test
    void unpublishedAndDraftPagesAreLeftOut() {
        TestSite site = TestSite.build(DOC_LAYOUT + """
                -- content/hidden.md --
                ---
                published: false
                ---
                Hidden
                -- content/draft.md --
                ---
                draft: true
                ---
                Draft
                -- content/shown.md --
                ---
                title: Shown
                ---
                Shown
                """);
        assertFalse(site.exists("hidden/index.html"));
        assertFalse(site.exists("draft/index.html"));
        assertTrue(site.exists("shown/index.html"));
    }

    @Test
    void filesWithoutFrontMatterAreCopiedAsTheyAre() {
        TestSite site = TestSite.build("""
                -- content/notes.md --
                Not a page: {{ kept }}
                -- content/images/logo.svg --
                <svg/>
                """);
        assertEquals("Not a page: {{ kept }}\n", site.text("notes.md"));
        assertEquals("<svg/>\n", site.text("images/logo.svg"));
    }

    @Test
    void dataFilesAreNestedByFolderAndReadAsYamlJsonAndCsv() {
        TestSite site = TestSite.build(DOC_LAYOUT + """
                -- _data/istio.yml --
                version: "0.1"
                -- _data/team/lead.json --
                {"name": "Ada"}
                -- _data/releases.csv --
                name,date
                0.1,2017-05-24
                0.2,2017-07-26
                -- content/index.md --
                ---
                title: Home
                ---
                v{{ site.data.istio.version }} by {{ site.data.team.lead.name }}:
                {% for r in site.data.releases %}{{ r.name }}@{{ r.date }} {% endfor %}
                """);
        assertEquals("v0.1 by Ada: 0.1@2017-05-24 0.2@2017-07-26", site.html("index.html").expectFirst("main p").text());
    }

    @Test
    void includesTakeParametersAndTheirAssignmentsStayVisible() {
        TestSite site = TestSite.build(DOC_LAYOUT + """
                -- templates/_includes/note.html --
                <aside class="{{ include.kind }}">{{ include.text }}</aside>
                -- templates/_includes/home.html --
                {% assign home = site.baseurl %}
                -- _config.yml --
                baseurl: /docs
                -- content/index.html --
                ---
                title: Home
                ---
                {% include home.html %}<p id="home">[{{ home }}]</p>
                {% include note.html kind="warning" text=page.title %}
                """);
        Document html = site.html("index.html");
        assertEquals("[/docs]", html.expectFirst("#home").text());
        assertEquals("Home", html.expectFirst("aside.warning").text());
    }

    @Test
    void liquidControlFlowCaptureAndRaw() {
        TestSite site = TestSite.build(DOC_LAYOUT + """
                -- content/index.html --
                ---
                title: Home
                items: [a, b, c]
                ---
                {% capture greeting %}Hi {{ page.title }}{% endcapture %}<p id="c">{{ greeting }}</p>
                <p id="f">{% for i in page.items %}{% if i == "b" %}B{% elsif i == "c" %}C{% else %}{{ i }}{% endif %}{% endfor %}</p>
                <p id="u">{% unless page.missing %}none{% endunless %}</p>
                <p id="r">{% raw %}{{ not.liquid }}{% endraw %}</p>
                {% comment %}<p id="gone"></p>{% endcomment %}
                """);
        Document html = site.html("index.html");
        assertEquals("Hi Home", html.expectFirst("#c").text());
        assertEquals("aBC", html.expectFirst("#f").text());
        assertEquals("none", html.expectFirst("#u").text());
        assertEquals("{{ not.liquid }}", html.expectFirst("#r").text());
        assertTrue(html.select("#gone").isEmpty());
    }

    @Test
    void sitePagesListsEveryPageWithItsUrl() {
        TestSite site = TestSite.build("""
                -- templates/default.ftlh --
                <ul><#list site.pages as p><li data-url="${p.url}">${p.title}</li></#list></ul>${content?no_esc}
                -- content/a.md --
                ---
                title: A
                ---
                A
                -- content/b/index.md --
                ---
                title: B
                ---
                B
                """);
        Document html = site.html("a/index.html");
        assertEquals("/a/ /b/", String.join(" ", html.select("li").eachAttr("data-url")));
    }

    @Test
    void baseurlIsAppliedToRootRelativeLinksOnly() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                baseurl: /docs/
                -- templates/default.ftlh --
                <link rel="stylesheet" href="/assets/site.css"><a id="ext" href="https://example.com/">x</a><a id="proto" href="//cdn.example/">y</a>${content?no_esc}
                -- content/index.md --
                ---
                title: Home
                ---
                [Guide](/guide/) and [anchor](#top) and [relative](guide/)
                """);
        Document html = site.html("index.html");
        assertEquals("/docs/assets/site.css", html.expectFirst("link").attr("href"));
        assertEquals("https://example.com/", html.expectFirst("#ext").attr("href"));
        assertEquals("//cdn.example/", html.expectFirst("#proto").attr("href"));
        assertEquals("/docs/guide/ #top guide/", String.join(" ", html.select("p a").eachAttr("href")));
    }

    @Test
    void headingsGetAnchorsAndTheLayoutGetsTheTableOfContents() {
        TestSite site = TestSite.build("""
                -- templates/default.ftlh --
                <nav><#list page.toc as e><a class="l${e.level}" href="#${e.id}">${e.text}</a></#list></nav><main>${content?no_esc}</main>
                -- content/index.md --
                ---
                title: Home
                ---
                # Title
                ## First part
                ### Detail
                ## Second part
                """);
        Document html = site.html("index.html");
        assertEquals("#first-part #detail #second-part", String.join(" ", html.select("nav a").eachAttr("href")));
        assertEquals("l2 l3 l2", String.join(" ", html.select("nav a").eachAttr("class")));
        assertEquals("#first-part", html.expectFirst("main h2#first-part a.anchor").attr("href"));
        assertEquals("First part", html.expectFirst("main h2#first-part").text());
    }

    @Test
    void headingsWrittenAsHtmlAreFoundEvenWithQuotedAngleBrackets() {
        TestSite site = TestSite.build("""
                -- templates/default.ftlh --
                <nav><#list page.toc as e><a href="#${e.id}">${e.text}</a></#list></nav><main>${content?no_esc}</main>
                -- content/index.html --
                ---
                title: Home
                ---
                <h2 id="a" title="a > b">A &amp; B</h2><p>x</p><h3 id='c'>C <em>d</em></h3>
                """);
        Document html = site.html("index.html");
        assertEquals("#a #c", String.join(" ", html.select("nav a").eachAttr("href")));
        assertEquals("A & B|C d", String.join("|", html.select("nav a").eachText()));
        assertEquals("#a", html.expectFirst("main h2 a.anchor").attr("href"));
    }

    @Test
    void templateAssetsAndHighlightJsAreCopied() {
        TestSite site = TestSite.build("""
                -- templates/assets/css/site.css --
                body{}
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """);
        assertEquals("body{}\n", site.text("assets/css/site.css"));
        assertTrue(site.text("assets/highlight/highlight.min.js").contains("hljs"));
        assertTrue(site.exists("assets/highlight/styles/github-dark.min.css"));
    }

    @Test
    void pagesRenderedInParallelShareParsedIncludesWithoutMixingState() {
        StringBuilder files = new StringBuilder(DOC_LAYOUT + """
                -- templates/_includes/item.html --
                {% assign last = include.n %}{% for i in (1..include.n) %}{{ i }}{% endfor %}
                """);
        int pages = 300;
        for (int n = 1; n <= pages; n++) {
            files.append("-- content/p").append(n).append(".md --\n---\ntitle: P").append(n)
                    .append("\nn: ").append(n % 9 + 1).append("\n---\n")
                    .append("<p id=\"x\">{% include item.html n=page.n %}|{{ last }}|{{ page.title }}</p>\n");
        }
        TestSite site = TestSite.build(files.toString());
        for (int n = 1; n <= pages; n++) {
            int count = n % 9 + 1;
            StringBuilder expected = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                expected.append(i);
            }
            expected.append('|').append(count).append("|P").append(n);
            assertEquals(expected.toString(), site.html("p" + n + "/index.html").expectFirst("#x").text().replace(" ", ""));
        }
    }

    @Test
    void templatesCannotReachJavaApis() {
        var errors = TestSite.buildExpectingErrors("""
                -- templates/default.ftlh --
                <#assign ex = "freemarker.template.utility.Execute"?new()>${ex("id")}
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """);
        assertEquals("templates/default.ftlh", errors.get(0).file());
        assertEquals(1, errors.get(0).line());
        assertTrue(errors.get(0).detail().contains("not allowed") || errors.get(0).detail().contains("Instantiating"),
                errors.get(0).detail());
    }
}
