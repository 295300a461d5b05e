package dev.hyde.serve;

import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Jekyll site served live, edited at random: after every edit, what it serves must be what a
 * clean build writes, and an edit to an include, a layout, data or a document's text must render
 * only the pages that read it (the documents' content first, as Jekyll renders it).
 */
class LiveJekyllSiteTest {

    private static final String SITE = """
            -- _config.yml --
            title: Live
            repository: example/live
            paginate: 2
            paginate_path: "/page:num/"
            excerpt_separator: <!--more-->
            collections:
              docs:
                output: true
            -- _data/product.yml --
            version: 1.0
            -- _data/team.yml --
            lead: Ada
            -- _includes/version.html --
            <span class="v">{{ site.data.product.version }}</span>
            -- _includes/footer.html --
            <footer>{{ site.title }}</footer>
            -- _includes/note.html --
            <aside>{{ include.text }}</aside>
            -- _includes/sidebar.html --
            <ul class="side">{% for d in site.docs %}<li>{{ d.title | downcase }}</li>{% endfor %}</ul><p>{{ site.data.team.lead }}</p>
            -- _layouts/default.html --
            <html><body>{{ content }}{% include footer.html %}</body></html>
            -- _layouts/doc.html --
            ---
            layout: default
            ---
            <nav>{% for d in site.docs %}<a href="{{ d.url }}">{{ d.title }}</a>{% endfor %}</nav>{% include sidebar.html %}
            <article>{{ content }}</article>
            {% if page.next %}<a rel="next" href="{{ page.next.url }}">{{ page.next.title }}</a>{% endif %}
            -- _layouts/plain.html --
            <div>{{ content }}</div>
            -- index.html --
            ---
            layout: default
            ---
            {% for post in paginator.posts %}<h2>{{ post.title }}</h2>{{ post.excerpt }}{% endfor %}
            -- about.md --
            ---
            title: About
            layout: plain
            ---
            Led by {{ site.data.team.lead }}.
            -- solo.md --
            ---
            title: Solo
            layout: plain
            ---
            Alone {% include note.html text="here" %}. {% include_relative parts/snippet.html %}
            -- parts/snippet.html --
            <small>a snippet</small>
            -- _docs/install.md --
            ---
            title: Install
            layout: doc
            ---
            Install version {% include version.html %}.
            -- _docs/use.md --
            ---
            title: Use
            layout: doc
            ---
            Use it.
            -- _docs/zindex.md --
            ---
            title: Index
            layout: doc
            ---
            {% for d in site.docs %}<p>{{ d.title }}: {{ d.content | strip_html | strip }}</p>{% endfor %}
            -- _posts/2017-05-01-one.md --
            ---
            title: One
            layout: default
            ---
            First <!--more--> rest of one.
            -- _posts/2017-05-02-two.md --
            ---
            title: Two
            layout: default
            ---
            Second <!--more--> rest of two.
            -- _posts/2017-05-03-three.md --
            ---
            title: Three
            layout: default
            ---
            Third <!--more--> rest of three.
            -- _sass/_colors.scss --
            $c: #123456;
            -- css/site.scss --
            ---
            ---
            @use "colors" as *;
            a { color: $c; }
            -- css/inline.html --
            ---
            ---
            {% capture scss %}@use "colors" as *;
            b { color: $c; }{% endcapture %}<style>{{ scss | scssify }}</style>
            -- img/logo.svg --
            <svg/>
            """;

    /**
     * An edit: what it changes, and the pages it renders (content paths; {@code _docs/*} stands
     * for any document, as a document's neighbours show its content), or null where it may render
     * more (a change the site's lists or Jekyll's order depend on).
     */
    private record Edit(String name, String file, java.util.function.IntFunction<String> text, Set<String> renders) {
    }

    private static List<Edit> edits() {
        return List.of(
                new Edit("include in a document's text", "_includes/version.html",
                        n -> "<span class=\"v\">{{ site.data.product.version }} r" + n + "</span>\n",
                        Set.of("_docs/install.md", "_docs/*")),
                new Edit("include in a page's text", "_includes/note.html",
                        n -> "<aside class=\"n" + n + "\">{{ include.text }}</aside>\n", Set.of("solo.md")),
                new Edit("file a page includes from beside it", "parts/snippet.html",
                        n -> "<small>snippet " + n + "</small>\n", Set.of("solo.md")),
                new Edit("layout of two pages", "_layouts/plain.html", n -> "<div class=\"p" + n + "\">{{ content }}</div>\n",
                        Set.of("about.md", "solo.md")),
                new Edit("data a page and the documents' layout read", "_data/team.yml", n -> "lead: Grace" + n + "\n",
                        Set.of("about.md", "_docs/*")),
                new Edit("include of the documents' layout, inside the layout every page uses", "_includes/sidebar.html",
                        n -> "<ul class=\"s" + n + "\">{% for d in site.docs %}<li>{{ d.title }}</li>{% endfor %}</ul>\n",
                        Set.of("_docs/*")),
                new Edit("data a document's include reads", "_data/product.yml", n -> "version: " + n + ".0\n",
                        Set.of("_docs/install.md", "_docs/*")),
                new Edit("page text", "about.md", n -> "---\ntitle: About\nlayout: plain\n---\nLed by {{ site.data.team.lead }}, "
                        + n + ".\n", Set.of("about.md")),
                new Edit("document text", "_docs/use.md", n -> "---\ntitle: Use\nlayout: doc\n---\nUse it " + n + " times.\n",
                        null),
                new Edit("post excerpt", "_posts/2017-05-02-two.md",
                        n -> "---\ntitle: Two\nlayout: default\n---\nSecond " + n + " <!--more--> rest of two.\n", null),
                new Edit("sass partial", "_sass/_colors.scss", n -> "$c: #" + (100000 + n) + ";\n", Set.of("css/site.scss", "css/inline.html")),
                new Edit("static file", "img/logo.svg", n -> "<svg id=\"l" + n + "\"/>\n", Set.of()),
                new Edit("layout every page uses", "_includes/footer.html", n -> "<footer>{{ site.title }} " + n + "</footer>\n",
                        null),
                new Edit("new document", "_docs/new.md", n -> "---\ntitle: New " + n + "\nlayout: doc\n---\nNew.\n", null),
                new Edit("config", "_config.yml", n -> SITE_CONFIG.replace("title: Live", "title: Live " + n), null));
    }

    private static final String SITE_CONFIG = SITE.substring(SITE.indexOf("-- _config.yml --\n") + 18,
            SITE.indexOf("-- _data/product.yml --"));

    @Test
    void everyKindOfEditServesWhatACleanBuildWritesAndRendersOnlyWhatItReaches() throws IOException {
        randomEdits(SITE, edits(), 20261201L);
    }

    /** GitHub Pages' generators make pages from the whole site: titles from headings, links rewritten to URLs. */
    @Test
    void aSiteWithGithubPagesGeneratorsToo() throws IOException {
        List<Edit> edits = new ArrayList<>(edits());
        // (its title may come back from an edit of the one below: then every page listing the site)
        edits.add(new Edit("page without front matter", "guide.md",
                n -> "# Guide\n\nSee [about](about.md), edit " + n + ".\n", null));
        edits.add(new Edit("its title, from its heading", "guide.md", n -> "# Guide " + n + "\n\nSee [about](about.md).\n",
                null));
        randomEdits(SITE + """
                -- Gemfile --
                gem "github-pages", group: :jekyll_plugins
                -- guide.md --
                # Guide

                See [about](about.md).
                """, edits, 20261202L);
    }

    private static void randomEdits(String files, List<Edit> edits, long seed) throws IOException {
        Path site = TestSite.write(files);
        BuildOptions options = BuildOptions.of(site).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        LiveSite live = LiveSite.open(options);
        assertTrue(live.diagnostics().isEmpty(), live.diagnostics().toString());
        assertSameFiles(built(options), live.output().snapshot(), "opened");
        Random random = new Random(seed);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            Edit edit = step < edits.size() ? edits.get(step) : edits.get(random.nextInt(edits.size()));
            write(site.resolve(edit.file()), edit.text().apply(step));
            done.add(edit.name());
            live.apply(List.of(site.resolve(edit.file())));
            assertTrue(live.diagnostics().isEmpty(), done + ": " + live.diagnostics());
            if (edit.renders() != null) {
                for (String path : edit.renders()) {
                    assertTrue(path.endsWith("*") || live.lastRendered().contains(path), done + ": " + path + " rendered");
                }
                for (String path : live.lastRendered()) {
                    assertTrue(edit.renders().contains(path) || (path.startsWith("_docs/") && edit.renders().contains("_docs/*")),
                            done + ": " + path + " rendered, but the edit does not reach it: " + live.lastRendered());
                }
            }
            assertSameFiles(built(options), live.output().snapshot(), done.toString());
        }
    }

    @Test
    void anEditToTheOuterLayoutKeepsTheInnerLayoutsOutputAndAnEditToTheInnerOneRendersIt() throws IOException {
        Path site = TestSite.write(SITE);
        BuildOptions options = BuildOptions.of(site).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        LiveSite live = LiveSite.open(options);
        write(site.resolve("_includes/footer.html"), "<footer>{{ site.title }} edited</footer>\n");
        live.apply(List.of(site.resolve("_includes/footer.html")));
        assertTrue(live.lastRendered().containsAll(Set.of("_docs/install.md", "_docs/use.md", "_docs/zindex.md")));
        assertEquals(3, live.layoutsKept(), "the three documents' doc layout, which does not read the footer");
        assertSameFiles(built(options), live.output().snapshot(), "after the footer's edit");

        write(site.resolve("_includes/sidebar.html"),
                "<ul class=\"edited\">{% for d in site.docs %}<li>{{ d.title }}</li>{% endfor %}</ul><p>{{ site.data.team.lead }}</p>\n");
        live.apply(List.of(site.resolve("_includes/sidebar.html")));
        assertEquals(0, live.layoutsKept(), "the doc layout reads the sidebar; the layout around it wraps what changed");
        assertSameFiles(built(options), live.output().snapshot(), "after the sidebar's edit");

        write(site.resolve("_data/team.yml"), "lead: Grace\n");
        live.apply(List.of(site.resolve("_data/team.yml")));
        assertEquals(0, live.layoutsKept());
        assertTrue(live.lastRendered().contains("_docs/use.md"), live.lastRendered().toString());
        assertTrue(new String(live.file("docs/use.html").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<p>Grace</p>"));
        assertSameFiles(built(options), live.output().snapshot(), "after the data's edit");
    }

    @Test
    void aDocumentTextEditRendersTheDocumentAndThePagesThatListDocuments() throws IOException {
        Path site = TestSite.write(SITE);
        BuildOptions options = BuildOptions.of(site).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        LiveSite live = LiveSite.open(options);
        write(site.resolve("_posts/2017-05-03-three.md"),
                "---\ntitle: Three\nlayout: default\n---\nThird, edited <!--more--> rest of three.\n");
        live.apply(List.of(site.resolve("_posts/2017-05-03-three.md")));
        assertTrue(live.lastRendered().contains("_posts/2017-05-03-three.md"));
        assertTrue(live.lastRendered().contains("index.html"), "the paginated list shows the excerpt");
        assertFalse(live.lastRendered().contains("about.md"), "a page that lists nothing");
        assertTrue(new String(live.file("index.html").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Third, edited"));
        assertSameFiles(built(options), live.output().snapshot(), "after the post's edit");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a build writes to disk. */
    private static Map<String, byte[]> built(BuildOptions options) throws IOException {
        Path out = Files.createTempDirectory(Path.of("target", "test-sites").toAbsolutePath(), "built");
        var result = dev.hyde.Hyde.build(options.withDestination(out.resolve("site")));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        return TestSite.files(out.resolve("site"));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), when);
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)),
                when + ": " + path + "\nexpected:\n" + new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        + "\nserved:\n" + new String(actual.get(path), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
