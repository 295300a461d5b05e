package dev.hyde.diag;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and careless inputs, each laid over a small site that built before. Every one either
 * builds with the output checked, or fails with the expected error at the expected place and
 * leaves the previous site/ byte for byte.
 */
class HostileInputTest {
    private static final String BASE = """
            -- templates/default.ftlh --
            <html><body><main>${content?no_esc}</main></body></html>
            -- templates/_includes/note.html --
            <aside>{{ include.text }}</aside>
            -- content/index.md --
            ---
            title: Home
            ---
            Home
            """;

    /**
     * @param files  text-block files (see {@link TestSite}) written over the base site
     * @param raw    files written as exact bytes (for encodings a text block cannot hold)
     * @param output for a build that must succeed: checks on the written site
     * @param error  for a build that must fail: the expected error (line 0: not checked)
     */
    record Case(String name, String files, Map<String, byte[]> raw, Consumer<Path> output, Expected error) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Expected(String title, String file, int line) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsOrReportsTheProblem(Case c) throws IOException {
        TestSite base = TestSite.build(BASE);
        Path root = base.root();
        Map<String, byte[]> before = snapshot(base.site());
        TestSite.writeInto(root, c.files());
        for (Map.Entry<String, byte[]> file : c.raw().entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }

        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));

        for (Diagnostic d : result.errors()) {
            assertFalse(d.hint().isEmpty(), () -> "every error has a hint: " + d);
            assertFalse(d.title().contains("\n"), () -> "a title is one line: " + d);
        }
        if (c.error() == null) {
            assertTrue(result.succeeded(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
            c.output().accept(result.destination());
        } else {
            assertFalse(result.succeeded(), "the build was expected to fail");
            Expected expected = c.error();
            assertTrue(result.errors().stream().anyMatch(d -> d.title().startsWith(expected.title())
                            && d.file().equals(expected.file()) && (expected.line() == 0 || d.line() == expected.line())),
                    () -> "expected " + expected + " among:\n" + DiagnosticFormatter.formatAll(result.errors()));
            assertSameFiles(before, snapshot(base.site()));
        }
        try (Stream<Path> entries = Files.list(root)) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList(),
                    "no staging folder is left behind");
        }
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        // Permalinks and file names
        all.add(fails("permalink-parent-folders", page("permalink: /../../escape/\n", "x\n"),
                "Permalink leaves the site", "content/page.md", 0));
        all.add(builds("permalink-absolute-system-path", page("permalink: /etc/passwd\n", "x\n"),
                site -> assertEquals("x", mainText(site, "etc/passwd/index.html"))));
        all.add(builds("permalink-empty-falls-back-to-the-file-name", page("permalink: ''\n", "x\n"),
                site -> assertEquals("x", mainText(site, "page/index.html"))));
        // A text block's file headers cannot hold spaces, so these two are written as bytes.
        all.add(new Case("file-name-unicode-and-space", "", Map.of("content/ünïcødé 页.md", utf8("---\ntitle: U\n---\nunicode\n")),
                site -> assertEquals("unicode", mainText(site, "ünïcødé 页/index.html")), null));
        all.add(new Case("file-name-spaces", "", Map.of("content/my page.md", utf8("---\ntitle: S\n---\nspaces\n")),
                site -> assertEquals("spaces", mainText(site, "my page/index.html")), null));
        all.add(builds("file-name-240-characters", "-- content/" + "a".repeat(240) + ".md --\n---\ntitle: L\n---\nlong\n",
                site -> assertEquals("long", mainText(site, "a".repeat(240) + "/index.html"))));
        all.add(builds("file-names-differing-by-case",
                "-- content/Guide.md --\n---\ntitle: Upper\n---\nupper\n-- content/guide.md --\n---\ntitle: Lower\n---\nlower\n",
                site -> {
                    assertEquals("upper", mainText(site, "Guide/index.html"));
                    assertEquals("lower", mainText(site, "guide/index.html"));
                }));
        all.add(builds("file-name-right-to-left-override", "-- content/a\u202Egnp.md --\n---\ntitle: B\n---\nbidi\n",
                site -> assertEquals("bidi", mainText(site, "a\u202Egnp/index.html"))));
        // Front matter shapes and types
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            keys.append("key").append(i).append(": value ").append(i).append('\n');
        }
        all.add(builds("front-matter-20000-keys", page(keys.toString(), "{{ page.key19999 }}\n"),
                site -> assertEquals("value 19999", mainText(site, "page/index.html"))));
        all.add(fails("front-matter-list", page("- a\n- b\n", "x\n"), "Front matter is not a map of keys", "content/page.md", 2));
        all.add(fails("front-matter-scalar", page("just a sentence\n", "x\n"), "Front matter is not a map of keys", "content/page.md", 2));
        all.add(builds("front-matter-null", page("~\n", "x\n"), site -> assertEquals("x", mainText(site, "page/index.html"))));
        all.add(fails("front-matter-tab-indentation", page("title:\tTabbed\n\tnested: x\n", "x\n"),
                "Malformed YAML", "content/page.md", 2));
        all.add(fails("layout-is-a-number", page("layout: 5\n", "x\n"), "Layout not found: 5", "content/page.md", 2));
        all.add(fails("layout-path-traversal", page("layout: ../../../etc/passwd\n", "x\n"),
                "Layout not found: ../../../etc/passwd", "content/page.md", 2));
        all.add(fails("layout-wraps-itself",
                "-- templates/self.ftlh --\n---\nlayout: self\n---\n<div>${content?no_esc}</div>\n" + page("layout: self\n", "x\n"),
                "Layout cycle", "templates/self.ftlh", 2));
        all.add(fails("published-is-a-string", page("published: \"no\"\n", "x\n"),
                "Front matter 'published' must be true or false", "content/page.md", 2));
        all.add(fails("order-is-a-fraction", page("order: 1.5\n", "x\n"),
                "Front matter 'order' must be a whole number", "content/page.md", 2));
        // Empty and truncated files
        all.add(builds("page-empty-file-is-copied", "-- content/page.md --\n",
                site -> assertEquals("", read(site, "page.md"))));
        all.add(fails("page-only-a-fence", "-- content/page.md --\n---\n", "Front matter is not closed", "content/page.md", 1));
        all.add(fails("page-only-a-fence-without-newline", "-- content/page.md --\n---",
                "Front matter is not closed", "content/page.md", 1));
        all.add(builds("page-control-characters", page("title: C\n", "bell \u0007 escape \u001b[31m end\n"),
                site -> assertTrue(read(site, "page/index.html").contains("bell \u0007 escape \u001b[31m end"))));
        // Not UTF-8, in every kind of file
        all.add(failsRaw("page-latin-1", "", "content/page.md", latin1("---\ntitle: Caf\u00e9\n---\nx\n"),
                "File is not valid UTF-8", "content/page.md", 2));
        all.add(failsRaw("layout-latin-1", page("", "x\n"), "templates/default.ftlh", latin1("<main>caf\u00e9 ${content?no_esc}</main>\n"),
                "File is not valid UTF-8", "templates/default.ftlh", 1));
        all.add(failsRaw("include-latin-1", page("", "{% include bad.html %}\n"), "templates/_includes/bad.html", latin1("caf\u00e9\n"),
                "File is not valid UTF-8", "templates/_includes/bad.html", 1));
        all.add(failsRaw("data-yaml-latin-1", page("", "{{ site.data.people }}\n"), "_data/people.yml", latin1("- caf\u00e9\n"),
                "File is not valid UTF-8", "_data/people.yml", 1));
        all.add(failsRaw("data-csv-latin-1", page("", "{{ site.data.people }}\n"), "_data/people.csv", latin1("name\ncaf\u00e9\n"),
                "File is not valid UTF-8", "_data/people.csv", 2));
        all.add(failsRaw("data-json-latin-1", page("", "{{ site.data.people }}\n"), "_data/people.json", latin1("[\"caf\u00e9\"]\n"),
                "File is not valid UTF-8", "_data/people.json", 1));
        all.add(failsRaw("config-latin-1", "", "_config.yml", latin1("title: Caf\u00e9\n"),
                "File is not valid UTF-8", "_config.yml", 1));
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe, 1};
        all.add(new Case("static-binary-copied-byte-for-byte", "", Map.of("content/logo.png", binary),
                site -> assertArrayEquals(binary, bytes(site, "logo.png")), null));
        // Liquid
        all.add(fails("liquid-divide-by-zero", page("", "{{ 1 | divided_by: 0 }}\n"), "Liquid error", "content/page.md", 3));
        all.add(builds("liquid-date-of-garbage-passes-it-through", page("", "{{ 'yesterday-ish' | date: '%Y' }}\n"),
                site -> assertEquals("yesterday-ish", mainText(site, "page/index.html"))));
        all.add(fails("liquid-include-absolute-path", page("", "{% include /etc/passwd %}\n"),
                "Include path leaves the includes folder", "content/page.md", 3));
        all.add(fails("liquid-include-a-folder", "-- templates/_includes/sub/x.html --\nx\n" + page("", "{% include sub %}\n"),
                "Include not found: sub", "content/page.md", 3));
        all.add(builds("liquid-missing-deep-variables-are-empty", page("", "{{ page.a.b.c.d.e }}|{{ site.nothing[0].x }}\n"),
                site -> assertEquals("|", mainText(site, "page/index.html"))));
        all.add(fails("liquid-unclosed-output-tag", page("", "{{ page.title \n"), "Liquid output not closed", "content/page.md", 3));
        all.add(builds("liquid-whole-page-object", page("secret: s\n", "{{ page.secret }}|{{ page.url }}\n"),
                site -> assertEquals("s|/page/", mainText(site, "page/index.html"))));
        // FreeMarker layouts
        all.add(fails("freemarker-new-builtin",
                "-- templates/default.ftlh --\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n" + page("", "x\n"),
                "Template error while rendering content/page.md", "templates/default.ftlh", 1));
        all.add(fails("freemarker-api-builtin", "-- templates/default.ftlh --\n${page?api.getClass().getName()}\n" + page("", "x\n"),
                "Template error while rendering content/page.md", "templates/default.ftlh", 1));
        all.add(fails("freemarker-include-outside-templates",
                "-- templates/default.ftlh --\n<#include \"../../../../etc/passwd\">\n" + page("", "x\n"),
                "Template error while rendering content/page.md", "templates/default.ftlh", 1));
        all.add(fails("freemarker-macro-calls-itself", "-- templates/default.ftlh --\n<#macro m><@m/></#macro><@m/>\n" + page("", "x\n"),
                "Layout recursion too deep while rendering content/page.md", "templates/default.ftlh", 0));
        all.add(fails("freemarker-list-over-two-billion",
                "-- templates/default.ftlh --\n<#list 1..2000000000 as i>${i}</#list>\n" + page("", "x\n"),
                "Layout output too large while rendering content/page.md", "templates/default.ftlh", 0));
        all.add(builds("freemarker-content-is-escaped-unless-asked", "-- templates/default.ftlh --\n<main>${content}</main>\n"
                        + page("", "<b>x</b>\n"),
                site -> assertTrue(read(site, "page/index.html").contains("&lt;b&gt;x&lt;/b&gt;"))));
        all.add(builds("freemarker-sees-only-site-page-content",
                "-- templates/default.ftlh --\n<main><#list .data_model?keys?sort as k>${k} </#list></main>\n" + page("", "x\n"),
                site -> assertEquals("content page site", mainText(site, "page/index.html"))));
        // Configuration
        all.add(fails("config-is-a-list", "-- _config.yml --\n- a\n- b\n", "Configuration is not a map of settings", "_config.yml", 1));
        all.add(builds("config-empty-file", "-- _config.yml --\n" + page("", "x\n"),
                site -> assertEquals("x", mainText(site, "page/index.html"))));
        all.add(fails("config-unknown-time-zone", "-- _config.yml --\ntimezone: Mars/Olympus\n",
                "Unknown time zone", "_config.yml", 0));
        // Data files
        all.add(builds("csv-ragged-rows", page("", "{% for r in site.data.t %}[{{ r.a }}|{{ r.b }}]{% endfor %}\n")
                        + "-- _data/t.csv --\na,b\n1\n2,3,4\n",
                site -> assertEquals("[1|][2|3]", mainText(site, "page/index.html"))));
        all.add(builds("data-file-name-with-dots", page("", "{{ site.data['a.b'].k }}\n") + "-- _data/a.b.yml --\nk: v\n",
                site -> assertEquals("v", mainText(site, "page/index.html"))));
        all.add(builds("data-file-empty", page("", "[{{ site.data.e }}]\n") + "-- _data/e.yml --\n",
                site -> assertEquals("[]", mainText(site, "page/index.html"))));
        // HTML the author wrote is the author's: passed through, not rewritten
        all.add(builds("html-page-with-script", "-- content/page.html --\n---\ntitle: S\n---\n<script>alert(1)</script><p onclick=\"x()\">p</p>\n",
                site -> assertTrue(read(site, "page/index.html").contains("<script>alert(1)</script><p onclick=\"x()\">p</p>"))));
        return all;
    }

    private static Case builds(String name, String files, Consumer<Path> output) {
        return new Case(name, files, Map.of(), output, null);
    }

    private static Case fails(String name, String files, String title, String file, int line) {
        return new Case(name, files, Map.of(), null, new Expected(title, file, line));
    }

    private static Case failsRaw(String name, String files, String path, byte[] bytes, String title, String file, int line) {
        return new Case(name, files, Map.of(path, bytes), null, new Expected(title, file, line));
    }

    private static String page(String frontMatter, String body) {
        return "-- content/page.md --\n---\n" + frontMatter + "---\n" + body;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String mainText(Path site, String path) {
        return Jsoup.parse(read(site, path)).select("main").text();
    }

    private static String read(Path site, String path) {
        return new String(bytes(site, path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path site, String path) {
        try {
            return Files.readAllBytes(site.resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "a failed build leaves site/ as it was");
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)), path));
    }
}
