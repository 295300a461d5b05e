package dev.hyde.cache;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildProgress;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build taken from the cache must leave exactly the site a clean build writes. Random sequences
 * of edits of every kind of input are applied to a project; after each, the cached build's site is
 * compared file by file with a clean build's, and a second build must find nothing to do.
 */
class BuildCacheTest {

    private static final String HYDE_PROJECT = """
            -- _config.yml --
            title: Cached
            -- _data/product.yml --
            version: 1.0
            -- templates/default.ftlh --
            <!doctype html><html><head><title>${page.title}</title>
            <link rel="stylesheet" href="/style.css"></head><body>
            <nav><#list site.pages as p><a href="${p.url}">${p.title}</a></#list></nav>
            ${content?no_esc}<#include "footer.ftl"></body></html>
            -- templates/footer.ftl --
            <footer>v${site.data.product.version}</footer>
            -- templates/_includes/note.html --
            <aside>{{ include.text }}</aside>
            -- templates/_sass/_base.scss --
            $accent: #336699;
            -- content/style.scss --
            ---
            ---
            @use "base" as *;
            a { color: $accent; }
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome. {% include note.html text="hi" %} [Guide](/guide/)
            -- content/guide.md --
            ---
            title: Guide
            ---
            Version {{ site.data.product.version }}. {% include_relative parts/snippet.html %}
            -- content/parts/snippet.html --
            <small>a snippet</small>
            -- content/img/logo.txt --
            a static file
            -- content/alerts.md --
            ---
            title: Alerts
            layout: plain
            ---
            > [!FOO]
            > An alert of a kind GitHub does not have: a warning each time this page renders.

            {% include note.html text="aside" %}
            -- templates/plain.ftlh --
            <!doctype html><html><body>${content?no_esc}</body></html>
            """;

    /**
     * Pages whose links point into the guide's headings, one of them at an anchor that is never
     * there and at a page that is not: their warnings are given again by builds that keep them.
     */
    private static final String LINKING_PAGES = """
            -- content/links.md --
            ---
            title: Links
            ---
            See [the steps](/guide/#steps), [nowhere](/guide/#nowhere) and [a page gone](/gone/).
            -- content/more.md --
            ---
            title: More
            ---
            Also [the steps](/guide/#steps) and [the top](/guide/#top).
            -- content/guide-steps.md --
            ---
            title: Guide steps
            ---
            ## Steps

            Follow them.
            -- content/aside.md --
            ---
            title: Aside
            layout: plain
            ---
            Links to [a page not there yet](/gone/).
            -- content/corner.md --
            ---
            title: Corner
            layout: plain
            ---
            Links to [a heading](/steps#first), served from steps.html until a page steps/ comes before it.
            -- content/steps.html --
            <h2 id="first">First</h2>
            """;

    private static final String JEKYLL_SITE = """
            -- _config.yml --
            title: Cached
            repository: example/cached
            collections:
              notes:
                output: true
            -- _data/product.yml --
            version: 1.0
            -- _layouts/default.html --
            <!doctype html><html><head><title>{{ page.title }}</title></head><body>
            {% for p in site.notes %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}
            {{ content }}{% include footer.html %}</body></html>
            -- _includes/footer.html --
            <footer>v{{ site.data.product.version }}</footer>
            -- _sass/_base.scss --
            $accent: #336699;
            -- css/site.scss --
            ---
            ---
            @use "base" as *;
            a { color: $accent; }
            -- css/inline.html --
            ---
            ---
            {% capture scss %}@use "base" as *;
            b { color: $accent; }{% endcapture %}<style>{{ scss | scssify }}</style>
            -- index.md --
            ---
            title: Home
            layout: default
            ---
            Welcome to {{ site.title }}.
            -- _posts/2017-05-24-hello.md --
            ---
            title: Hello
            layout: default
            ---
            A post about version {{ site.data.product.version }}.
            -- _notes/one.md --
            ---
            title: One
            layout: default
            ---
            Note one.
            -- img/logo.txt --
            a static file
            -- Gemfile --
            gem "github-pages", group: :jekyll_plugins
            -- guide.md --
            # Guide

            Start at [home](index.md) or [the note](_notes/one.md).
            -- _layouts/plain.html --
            <div>{{ content }}</div>
            -- _layouts/page.html --
            <main>{{ content }}</main>
            -- blog.html --
            ---
            layout: plain
            ---
            {% for p in site.posts %}<article>{{ p.content }}</article>{% endfor %}
            -- plain.md --
            ---
            title: Plain
            layout: plain
            ---
            A page of its own layout: {% include footer.html %}
            """;

    /**
     * One kind of edit: a name for the report, and what it does to the project.
     *
     * @param keeps a page that must be kept from the last build (not rendered again), "*" for any
     *              page, or null
     */
    private record Edit(String name, Consumer<Path> apply, String keeps) {
        Edit(String name, Consumer<Path> apply) {
            this(name, apply, null);
        }
    }

    private static List<Edit> hydeEdits(Random random) {
        return List.of(
                new Edit("page body", root -> append(root, "content/guide.md", "\nMore " + random.nextInt(1000) + ".\n"),
                        "alerts.md"),
                new Edit("front matter", root -> replace(root, "content/guide.md", "title: ", "title: G" + random.nextInt(9))),
                new Edit("include", root -> write(root, "templates/_includes/note.html",
                        "<aside class=\"n" + random.nextInt(99) + "\">{{ include.text }}</aside>\n"), "guide.md"),
                new Edit("layout", root -> replace(root, "templates/default.ftlh", "<body", "<body data-x=\""
                        + random.nextInt(99) + "\"")),
                new Edit("partial", root -> write(root, "templates/footer.ftl",
                        "<footer>release ${site.data.product.version} " + random.nextInt(99) + "</footer>\n")),
                new Edit("data", root -> write(root, "_data/product.yml", "version: " + random.nextInt(50) + ".0\n")),
                new Edit("config", root -> write(root, "_config.yml", "title: Cached " + random.nextInt(99) + "\n")),
                new Edit("new page", root -> write(root, "content/new" + random.nextInt(5) + ".md",
                        "---\ntitle: New\n---\nNew page.\n")),
                new Edit("deleted page", root -> deleteOne(root, "content", "new", random)),
                new Edit("renamed page", root -> renameOne(root, "content", "new", random)),
                new Edit("static file", root -> write(root, "content/img/logo.txt", "logo " + random.nextInt(99) + "\n"),
                        "guide.md"),
                new Edit("file a page includes from beside it", root -> write(root, "content/parts/snippet.html",
                        "<small>snippet " + random.nextInt(99) + "</small>\n"), "alerts.md"),
                new Edit("sass partial", root -> write(root, "templates/_sass/_base.scss",
                        "$accent: #" + (100000 + random.nextInt(899999)) + ";\n"), "alerts.md"),
                new Edit("page of its own layout", root -> append(root, "content/alerts.md",
                        "\nMore " + random.nextInt(1000) + ".\n"), "guide.md"),
                // the guide's ids change: kept pages linking into it are checked again, others not
                new Edit("heading other pages link to", root -> heading(root, "content/guide.md",
                        random.nextBoolean() ? "## Steps" : "## Stage " + random.nextInt(3)), "links.md"),
                new Edit("link to a heading", root -> write(root, "content/guide-steps.md",
                        "---\ntitle: Guide steps\n---\n## Steps\n\nSee [the guide](/guide/#"
                                + (random.nextBoolean() ? "steps" : "stage-" + random.nextInt(3)) + ") ("
                                + System.nanoTime() + ").\n"), "more.md"),
                // a file added: kept pages with a broken link, and those whose link may now find the
                // new file instead, are checked again; the others are not (and one deleted: all are)
                new Edit("page a broken link points to", root -> toggle(root, "content/gone.md",
                        "---\ntitle: Gone\n---\nHere after all.\n"), "aside.md"),
                new Edit("page served before the file a link found", root -> toggle(root, "content/steps.md",
                        "---\ntitle: Steps\n---\n## " + (random.nextBoolean() ? "First" : "Second") + "\n"), "corner.md"));
    }

    /**
     * The diagnostics with the site's folder, which a broken link's report names, as {@code SITE/}:
     * the two builds compared write to different folders.
     */
    private static List<String> siteNamed(List<Diagnostic> diagnostics, Path site) {
        String absolute = site.toAbsolutePath().normalize() + "/";
        return diagnostics.stream().map(d -> d.toString().replace(absolute, "SITE/").replace("detail=The <a href> at site/",
                "detail=The <a href> at SITE/")).toList();
    }

    /** Sets the second-level heading of a page (its last one), or adds one. */
    private static void heading(Path root, String file, String heading) {
        io(() -> {
            Path path = root.resolve(file);
            String text = Files.readString(path);
            int at = text.lastIndexOf("\n## ");
            String kept = at < 0 ? text : text.substring(0, at);
            // the text under it changes every time, so the file does even when the heading stays
            Files.writeString(path, kept + "\n" + heading + "\n\nSome steps (" + System.nanoTime() + ").\n");
        });
    }

    private static List<Edit> jekyllEdits(Random random) {
        return List.of(
                new Edit("page body", root -> append(root, "index.md", "\nMore " + random.nextInt(1000) + ".\n"), "*"),
                new Edit("permalink a generated page links to", root -> replace(root, "index.md", "layout: default",
                        "layout: default\npermalink: /home" + random.nextInt(9) + "/")),
                new Edit("page without front matter", root -> append(root, "guide.md", "\nMore " + random.nextInt(99) + ".\n"),
                        "*"),
                new Edit("front matter", root -> replace(root, "_notes/one.md", "title: ", "title: O" + random.nextInt(9))),
                new Edit("include", root -> write(root, "_includes/footer.html",
                        "<footer>r{{ site.data.product.version }} " + random.nextInt(99) + "</footer>\n")),
                new Edit("layout", root -> replace(root, "_layouts/default.html", "<body", "<body data-x=\""
                        + random.nextInt(99) + "\"")),
                new Edit("post", root -> append(root, "_posts/2017-05-24-hello.md", "\nMore " + random.nextInt(99) + "\n"),
                        "*"),
                new Edit("data", root -> write(root, "_data/product.yml", "version: " + random.nextInt(50) + ".0\n")),
                new Edit("config", root -> replace(root, "_config.yml", "title: ", "title: C" + random.nextInt(9))),
                new Edit("new document", root -> write(root, "_notes/new" + random.nextInt(5) + ".md",
                        "---\ntitle: New\nlayout: default\n---\nNew note.\n")),
                new Edit("deleted document", root -> deleteOne(root, "_notes", "new", random)),
                new Edit("renamed document", root -> renameOne(root, "_notes", "new", random)),
                new Edit("static file", root -> write(root, "img/logo.txt", "logo " + random.nextInt(99) + "\n")),
                new Edit("sass partial", root -> write(root, "_sass/_base.scss",
                        "$accent: #" + (100000 + random.nextInt(899999)) + ";\n")));
    }

    @Test
    void aHydeProjectBuiltFromTheCacheIsTheCleanBuildAfterEveryKindOfEdit() throws IOException {
        randomEdits(HYDE_PROJECT + LINKING_PAGES, BuildCacheTest::hydeEdits, 20260101L);
    }

    @Test
    void aJekyllSiteBuiltFromTheCacheIsTheCleanBuildAfterEveryKindOfEdit() throws IOException {
        randomEdits(JEKYLL_SITE, BuildCacheTest::jekyllEdits, 20261201L);
    }

    private static void randomEdits(String files, Function<Random, List<Edit>> kinds, long seed) throws IOException {
        Random random = new Random(seed);
        Path root = TestSite.write(files);
        List<Edit> edits = kinds.apply(random);
        BuildOptions cached = options(root, root.resolveSibling(root.getFileName() + "-cached"));
        BuildResult first = build(cached);
        assertTrue(first.succeeded(), first.diagnostics().toString());
        assertFalse(first.timeDependent(), "the time is pinned");
        assertTrue(build(cached).upToDate(), "a second build with no change");
        List<String> done = new ArrayList<>();
        // every kind once, in a mixed order, then kinds at random
        List<Edit> firstRound = new ArrayList<>(edits);
        java.util.Collections.shuffle(firstRound, random);
        for (int step = 0; step < 30; step++) {
            Edit edit = step < edits.size() ? firstRound.get(step) : edits.get(random.nextInt(edits.size()));
            edit.apply().accept(root);
            done.add(edit.name());
            boolean named = edit.keeps() != null && !edit.keeps().equals("*");
            Object before = named ? fileKey(cached.destination(), edit.keeps()) : null;
            BuildResult result = build(cached);
            assertTrue(result.succeeded(), done + ": " + result.diagnostics());
            Path clean = root.resolveSibling(root.getFileName() + "-clean" + step);
            BuildResult cleanResult = Hyde.build(options(root, clean));
            assertTrue(cleanResult.succeeded(), done + ": " + cleanResult.diagnostics());
            assertEquals(tree(clean), tree(cached.destination()), "after " + done);
            assertEquals(siteNamed(cleanResult.diagnostics(), clean), siteNamed(result.diagnostics(), cached.destination()),
                    "the warnings after " + done);
            if (edit.keeps() != null) {
                // this edit does not reach the page named: its file is the last build's, not written again
                assertTrue(result.pagesKept() > 0, done + ": pages kept");
                if (named) {
                    assertEquals(before, fileKey(cached.destination(), edit.keeps()), done + ": " + edit.keeps() + " kept");
                }
            }
            BuildResult again = build(cached);
            assertTrue(again.upToDate(), done + ": nothing changed since");
            assertEquals(tree(clean), tree(cached.destination()), "after " + done + " and a build with no change");
        }
    }

    /** The identity of the file a page of the content folder is written to (its inode, on Linux). */
    private static Object fileKey(Path site, String contentPath) {
        String stem = contentPath.substring(0, contentPath.lastIndexOf('.'));
        try {
            return Files.readAttributes(site.resolve(stem).resolve("index.html"),
                    java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSecondBuildWithNoChangeBuildsNothingAndReportsTheSameWarnings() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT.replace("[Guide](/guide/)", "[Gone](/gone/)"));
        BuildOptions options = options(root, root.resolve("site"));
        BuildResult first = build(options);
        assertFalse(first.upToDate());
        assertEquals(List.of("Unknown alert type: [!FOO]", "Link target not found: /gone/"),
                first.warnings().stream().map(Diagnostic::title).toList());
        Map<String, String> site = tree(options.destination());
        long modified = Files.getLastModifiedTime(options.destination().resolve("index.html")).toMillis();

        BuildResult second = build(options);
        assertTrue(second.upToDate());
        assertEquals(first.pagesWritten(), second.pagesWritten());
        assertEquals(first.filesCopied(), second.filesCopied());
        assertEquals(first.warnings(), second.warnings(), "the alert and the broken link are reported again");
        assertTrue(second.summary().startsWith("Up to date"), second.summary());
        assertEquals(site, tree(options.destination()));
        assertEquals(modified, Files.getLastModifiedTime(options.destination().resolve("index.html")).toMillis(),
                "nothing was written");
        assertFalse(Files.exists(options.destination().resolve(".hyde")), "the cache is never in the site");
    }

    @Test
    void aProjectFileThatCannotBeReadLeavesTheCacheUnusedWithAWarningNamingIt() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT);
        // a folder that links to itself: the fingerprint cannot read the project whole (the build
        // itself reads only content/, templates/ and _data/)
        Files.createDirectories(root.resolve("notes"));
        Files.createSymbolicLink(root.resolve("notes/loop"), root.resolve("notes"));
        BuildOptions options = options(root, root.resolve("site"));
        BuildResult result = build(options);
        assertTrue(result.succeeded(), result.diagnostics().toString());
        List<Diagnostic> warnings = cacheWarnings(result);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("Build cache not used", warnings.get(0).title());
        assertEquals("notes/loop", warnings.get(0).file());
        assertFalse(build(options).upToDate(), "nothing was cached");
    }

    @Test
    void aSiteChangedByHandIsBuiltAgain() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT);
        BuildOptions options = options(root, root.resolve("site"));
        build(options);
        Map<String, String> site = tree(options.destination());
        Files.writeString(options.destination().resolve("index.html"), "changed by hand");
        BuildResult again = build(options);
        assertFalse(again.upToDate());
        assertEquals(site, tree(options.destination()));

        Files.writeString(options.destination().resolve("extra.html"), "added by hand");
        assertFalse(build(options).upToDate(), "a file added to the site");
    }

    @Test
    void aDamagedOrForeignCacheIsIgnoredWithOneWarning() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT);
        BuildOptions options = options(root, root.resolve("site"));
        build(options);
        Path file = CachedBuild.folder(root).resolve("cache/build.json");
        String good = Files.readString(file);

        Files.writeString(file, good.substring(0, good.length() / 2));
        BuildResult damaged = build(options);
        assertFalse(damaged.upToDate());
        assertEquals(1, cacheWarnings(damaged).size(), damaged.diagnostics().toString());
        assertTrue(cacheWarnings(damaged).get(0).detail().contains("damaged"), cacheWarnings(damaged).toString());
        assertTrue(build(options).upToDate(), "written anew");

        Files.writeString(file, Files.readString(file).replaceFirst("\"format\":\\d+", "\"format\":999"));
        BuildResult foreign = build(options);
        assertFalse(foreign.upToDate());
        assertTrue(cacheWarnings(foreign).get(0).detail().contains("another version of Hyde"),
                cacheWarnings(foreign).toString());

        String now = Files.readString(file);
        Files.writeString(file, now.replaceFirst("\"fingerprint\":\"[0-9a-f]+\"", "\"fingerprint\":\"00\""));
        assertFalse(build(options).upToDate(), "a cache edited by hand never stands for a site it did not see");
        assertTrue(build(options).upToDate());
    }

    @Test
    void aPageGitHubPagesRewritesIsRenderedAgainWhenThePageItLinksToMoves() throws IOException {
        Path root = TestSite.write("""
                -- _config.yml --
                title: Moves
                repository: example/moves
                -- Gemfile --
                gem "github-pages", group: :jekyll_plugins
                -- _layouts/default.html --
                <html>{{ content }}</html>
                -- _layouts/page.html --
                <main>{{ content }}</main>
                -- index.md --
                ---
                layout: default
                ---
                Home
                -- guide.md --
                # Guide

                Start at [home](index.md).
                -- other.md --
                ---
                layout: page
                ---
                Unrelated.
                """);
        BuildOptions options = options(root, root.resolve("_site"));
        assertTrue(build(options).succeeded());
        write(root, "index.md", "---\nlayout: default\npermalink: /home/\n---\nHome\n");
        BuildResult moved = build(options);
        assertTrue(moved.pagesKept() > 0, "other.md is kept");
        assertTrue(Files.readString(options.destination().resolve("guide.html")).contains("href=\"/home/\""),
                "the link the relative-links plugin wrote follows the page");
    }

    @Test
    void damagedOrForeignPageRecordsAreIgnoredWithOneWarningAndNeverUsed() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT);
        BuildOptions options = options(root, root.resolve("site"));
        Path records = CachedBuild.folder(root).resolve("cache/pages.bin");
        Path other = TestSite.write(HYDE_PROJECT);
        build(options(other, other.resolve("site")));
        Map<String, Function<byte[], byte[]>> damages = damages(other, "pages.bin");
        int step = 0;
        for (Map.Entry<String, Function<byte[], byte[]>> damage : damages.entrySet()) {
            build(options);
            append(root, "content/guide.md", "\nEdit " + step + ".\n");
            Files.write(records, damage.getValue().apply(read(records)));
            BuildResult result = build(options);
            assertTrue(result.succeeded(), damage.getKey() + ": " + result.diagnostics());
            assertEquals(0, result.pagesKept(), damage.getKey() + ": nothing kept from records that cannot be trusted");
            assertEquals(1, cacheWarnings(result).size(), damage.getKey() + ": " + result.diagnostics());
            assertTrue(cacheWarnings(result).get(0).file().endsWith("pages.bin"), cacheWarnings(result).toString());
            Path clean = root.resolveSibling(root.getFileName() + "-clean-" + step++);
            assertTrue(Hyde.build(options(root, clean)).succeeded());
            assertEquals(tree(clean), tree(options.destination()), damage.getKey());
            append(root, "content/guide.md", "\nAnd " + step + ".\n");
            BuildResult next = build(options);
            assertTrue(next.pagesKept() > 0 && cacheWarnings(next).isEmpty(), damage.getKey() + ": written anew");
        }
    }

    @Test
    void aDamagedOrForeignSearchIndexStateIsIgnoredWithOneWarningAndNeverUsed() throws IOException {
        damagedFindings("search.bin");
    }

    @Test
    void damagedOrForeignLinkFindingsAreIgnoredWithOneWarningAndNeverUsed() throws IOException {
        damagedFindings("links.bin");
    }

    @Test
    void aDamagedOrForeignScanIsIgnoredWithOneWarningAndNeverUsed() throws IOException {
        damagedFindings("scan.bin");
    }

    /**
     * A page whose front matter holds every kind of YAML value, and a page that lists it: when
     * only the list changes, the rich page's front matter is taken from the last build's scan,
     * and the list shows it exactly as a clean build does, its duplicate key warned of again.
     */
    @Test
    void frontMatterTakenFromTheLastScanIsWhatReadingTheFileGives() throws IOException {
        Path root = TestSite.write("""
                -- _config.yml --
                title: Rich
                -- templates/default.ftlh --
                <!doctype html><html><body>${content?no_esc}</body></html>
                -- content/rich.md --
                ---
                title: Rich
                order: 3
                when: 2017-07-11 15:29:34 -0700
                day: 2017-07-11
                big: 123456789012345678901234567890
                long: 9876543210
                ratio: 0.25
                odd: .nan
                yes_no: yes
                nothing: ~
                tags: [a, b, c]
                unique: !!set {x, y}
                blob: !!binary aGVsbG8=
                nested: {1: one, 2.5: [x, {deep: true}], key: "quoted: text"}
                title: Rich again
                ---
                The rich page's own text.
                -- content/list.md --
                ---
                title: List
                ---
                {% for p in site.pages %}{% if p.title == "Rich again" %}
                when={{ p.when }} day={{ p.day }} big={{ p.big }} long={{ p.long }} ratio={{ p.ratio }}
                odd={{ p.odd }} yes={{ p.yes_no }} nothing={{ p.nothing }} tags={{ p.tags | join: "," }}
                unique={{ p.unique | join: "," }} nested={{ p.nested | jsonify }} order={{ p.order }}
                {% endif %}{% endfor %}
                """);
        BuildOptions options = options(root, root.resolve("site"));
        assertTrue(build(options).succeeded());
        append(root, "content/list.md", "\nListed again.\n");
        BuildResult cached = build(options);
        assertTrue(cached.succeeded(), cached.diagnostics().toString());
        assertEquals(1, cached.pagesKept(), "the rich page is kept, the list rendered again");
        Path clean = root.resolveSibling(root.getFileName() + "-clean");
        BuildResult cleanResult = Hyde.build(options(root, clean));
        assertEquals(tree(clean), tree(options.destination()));
        String list = Jsoup.parse(Files.readString(options.destination().resolve("list/index.html"))).text();
        assertTrue(list.contains("tags=a,b,c") && list.contains("unique=x,y") && list.contains("order=3")
                && list.contains("quoted: text") && list.contains("big=123456789012345678901234567890"), list);
        assertEquals(siteNamed(cleanResult.diagnostics(), clean), siteNamed(cached.diagnostics(), options.destination()));
        assertTrue(cached.diagnostics().stream().anyMatch(d -> d.title().startsWith("Duplicate YAML key: title")
                && d.file().equals("content/rich.md")), "the kept page's warning: " + cached.diagnostics());
    }

    /**
     * The ways a cache file is damaged: cut short, a byte changed, the same file of another
     * project's build ({@code other}), emptied.
     */
    private static Map<String, Function<byte[], byte[]>> damages(Path other, String name) {
        Map<String, Function<byte[], byte[]>> damages = new java.util.LinkedHashMap<>();
        damages.put("cut short", bytes -> java.util.Arrays.copyOf(bytes, bytes.length / 2));
        damages.put("one byte changed", bytes -> {
            byte[] changed = bytes.clone();
            changed[bytes.length / 2] ^= 0x20;
            return changed;
        });
        damages.put("another build's", bytes -> read(CachedBuild.folder(other).resolve("cache/" + name)));
        damages.put("empty", bytes -> new byte[0]);
        return damages;
    }

    /** What the last build found, kept beside its page records in {@code name}, damaged in several ways. */
    private static void damagedFindings(String name) throws IOException {
        Path root = TestSite.write(HYDE_PROJECT + LINKING_PAGES);
        BuildOptions options = options(root, root.resolve("site"));
        Path state = CachedBuild.folder(root).resolve("cache/" + name);
        Path other = TestSite.write(HYDE_PROJECT + LINKING_PAGES);
        build(options(other, other.resolve("site")));
        Map<String, Function<byte[], byte[]>> damages = damages(other, name);
        int step = 0;
        for (Map.Entry<String, Function<byte[], byte[]>> damage : damages.entrySet()) {
            build(options);
            assertTrue(Files.isRegularFile(state), name + " is kept with the records");
            append(root, "content/guide.md", "\nEdit " + step + " zanzibarian.\n");
            Files.write(state, damage.getValue().apply(read(state)));
            BuildResult result = build(options);
            assertTrue(result.succeeded(), damage.getKey() + ": " + result.diagnostics());
            assertTrue(result.pagesKept() > 0, damage.getKey() + ": the page records are still good");
            assertEquals(1, cacheWarnings(result).size(), damage.getKey() + ": " + result.diagnostics());
            assertTrue(cacheWarnings(result).get(0).file().endsWith(name), cacheWarnings(result).toString());
            Path clean = root.resolveSibling(root.getFileName() + "-clean-" + step++);
            BuildResult cleanResult = Hyde.build(options(root, clean));
            assertTrue(cleanResult.succeeded());
            assertEquals(tree(clean), tree(options.destination()), damage.getKey());
            List<Diagnostic> others = new ArrayList<>(result.diagnostics());
            others.removeAll(cacheWarnings(result));
            assertEquals(siteNamed(cleanResult.diagnostics(), clean), siteNamed(others, options.destination()),
                    damage.getKey() + ": the link check's warnings");
            append(root, "content/guide.md", "\nAnd " + step + ".\n");
            BuildResult next = build(options);
            assertTrue(next.pagesKept() > 0 && cacheWarnings(next).isEmpty(), damage.getKey() + ": written anew");
        }
    }

    @Test
    void anEditIsSeenWhateverTheFileTimesSay() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT);
        BuildOptions options = options(root, root.resolve("site"));
        build(options);
        Path guide = root.resolve("content/guide.md");
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(guide);
        append(root, "content/guide.md", "\nWritten with the clock set back.\n");
        Files.setLastModifiedTime(guide, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() - 86_400_000L));
        BuildResult result = build(options);
        assertFalse(result.upToDate());
        assertTrue(Files.readString(options.destination().resolve("guide/index.html"))
                .contains("Written with the clock set back."));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aProjectWhereTheCacheCannotBeKeptStillBuilds() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT);
        Files.writeString(root.resolve(".hyde"), "a file where the cache folder would be");
        BuildOptions options = options(root, root.resolve("site"));
        BuildResult result = build(options);
        assertTrue(result.succeeded(), result.diagnostics().toString());
        assertEquals(1, cacheWarnings(result).size(), result.diagnostics().toString());
        assertTrue(Files.exists(options.destination().resolve("index.html")));
        assertFalse(build(options).upToDate());
    }

    @Test
    void twoBuildsOfOneProjectAtOnceAreRefused() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT);
        BuildOptions options = options(root, root.resolve("site"));
        try (BuildLock held = BuildLock.take(CachedBuild.folder(root)).orElseThrow()) {
            BuildResult refused = build(options);
            assertFalse(refused.succeeded());
            assertEquals("Another build of this project is running", refused.errors().get(0).title());
            assertEquals(".hyde/build.lock", refused.errors().get(0).file());
            assertFalse(Files.exists(options.destination()), "nothing was written");
        }
        assertTrue(build(options).succeeded(), "the lock goes with the build that held it");
    }

    @Test
    void aSiteShowingTheBuildTimeIsAlwaysBuilt() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT.replace("Version {{ site.data.product.version }}.",
                "Built {{ 'now' | date: '%Y' }}."));
        // no time given: the page shows when it is built
        BuildOptions options = BuildOptions.of(root).withDestination(root.resolve("site"));
        BuildResult first = build(options);
        assertTrue(first.timeDependent() || System.getenv("SOURCE_DATE_EPOCH") != null);
        if (first.timeDependent()) {
            assertFalse(build(options).upToDate());
        }
        // with the time pinned, the same site is built every time: the cache serves it
        BuildOptions pinned = options.withTime(TestSite.TIME);
        assertFalse(build(pinned).timeDependent());
        assertTrue(build(pinned).upToDate());
    }

    @Test
    void noCacheBuildsEverythingAndCleanRemovesTheCache() throws IOException {
        Path root = TestSite.write(HYDE_PROJECT);
        BuildOptions options = options(root, root.resolve("site"));
        build(options);
        assertFalse(Hyde.buildWithCache(options, BuildProgress.NONE, false).upToDate());
        assertFalse(build(options).upToDate(), "--no-cache removed the cache");
        assertTrue(build(options).upToDate());
        CachedBuild.clean(root);
        assertFalse(Files.exists(CachedBuild.folder(root)));
        assertFalse(build(options).upToDate());
        assertTrue(Files.exists(options.destination().resolve("index.html")), "clean leaves the site");
    }

    /** A cached build, which leaves nothing of the site it replaced once it returns. */
    private static BuildResult build(BuildOptions options) {
        BuildResult result = Hyde.buildWithCache(options, BuildProgress.NONE, true);
        Path site = options.destination().toAbsolutePath().normalize();
        try (Stream<Path> beside = Files.list(site.getParent())) {
            List<String> left = beside.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("." + site.getFileName() + ".")).toList();
            assertEquals(List.of(), left, "the previous site and the staging folder are gone");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static BuildOptions options(Path root, Path destination) {
        return BuildOptions.of(root).withDestination(destination).withTime(TestSite.TIME);
    }

    private static List<Diagnostic> cacheWarnings(BuildResult result) {
        return result.warnings().stream().filter(d -> d.title().startsWith("Build cache")).toList();
    }

    /** Every file of a folder by relative path, with its bytes as text. */
    static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** An edit that may fail as I/O does: a failure fails the test. */
    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String file, String text) {
        io(() -> {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text);
        });
    }

    private static void append(Path root, String file, String text) {
        io(() -> write(root, file, Files.readString(root.resolve(file)) + text));
    }

    private static void replace(Path root, String file, String from, String to) {
        io(() -> write(root, file, Files.readString(root.resolve(file))
                .replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))));
    }

    /** Deletes one of a folder's files whose name starts with {@code prefix}, or writes one when there is none. */
    private static void deleteOne(Path root, String folder, String prefix, Random random) {
        List<Path> candidates = candidates(root, folder, prefix);
        if (candidates.isEmpty()) {
            write(root, folder + "/" + prefix + "9.md", "---\ntitle: Nine\nlayout: default\n---\nNine.\n");
            return;
        }
        io(() -> Files.delete(candidates.get(random.nextInt(candidates.size()))));
    }

    /** Writes a file, or deletes it when it is there. */
    private static void toggle(Path root, String file, String text) {
        if (Files.exists(root.resolve(file))) {
            io(() -> Files.delete(root.resolve(file)));
        } else {
            write(root, file, text);
        }
    }

    private static void renameOne(Path root, String folder, String prefix, Random random) {
        List<Path> candidates = candidates(root, folder, prefix);
        if (candidates.isEmpty()) {
            write(root, folder + "/" + prefix + "8.md", "---\ntitle: Eight\nlayout: default\n---\nEight.\n");
            return;
        }
        Path from = candidates.get(random.nextInt(candidates.size()));
        io(() -> Files.move(from, from.resolveSibling(prefix + "r" + random.nextInt(1000) + ".md")));
    }

    private static List<Path> candidates(Path root, String folder, String prefix) {
        try (Stream<Path> list = Files.list(root.resolve(folder))) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
