package dev.hyde.layout;

import dev.hyde.config.ConfigLoader;
import dev.hyde.config.LiquidOptions;
import dev.hyde.config.ProjectLayout;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostics;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.liquid.LiquidTemplate;
import dev.hyde.markdown.MarkdownRenderer;
import dev.hyde.source.FrontMatterSplitter;
import dev.hyde.view.RecordedSiteView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java evaluation of jekyll-compress-html against Hyde's Liquid rendering of the same layout
 * text, on generated pages and options, for every release it recognises.
 */
class CompressHtmlLayoutTest {
    private static final List<String> RECOGNISED = List.of("v3.0.0", "v3.0.1", "v3.0.2", "v3.0.3", "v3.0.4", "v3.1.0",
            "v3.2.0", "v3.2.1");
    /** Cases per release; -Dhyde.compress.cases=N for a longer run, -Dhyde.compress.seed=S to repeat one. */
    private static final int CASES = Integer.getInteger("hyde.compress.cases", 400);
    private static final long SEED = Long.getLong("hyde.compress.seed", System.nanoTime());

    private static LiquidEngine engine;

    @BeforeAll
    static void engine(@TempDir Path project) {
        engine = new LiquidEngine(new ProjectLayout(project), ZoneOffset.UTC, new MarkdownRenderer()::render,
                new Diagnostics(), ConfigLoader.DEFAULT_LIQUID_LIMITS, LiquidOptions.JEKYLL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3.0.0", "v3.0.1", "v3.0.2", "v3.0.3", "v3.0.4", "v3.1.0", "v3.2.0", "v3.2.1"})
    void givesWhatLiquidGivesOnGeneratedPagesAndOptions(String version) {
        String body = body(version);
        CompressHtmlLayout layout = CompressHtmlLayout.of(body).orElseThrow();
        LiquidTemplate template = engine.parse(body, "_layouts/compress.html", 9);
        long seed = SEED ^ version.hashCode();
        Random random = new Random(seed);
        int computed = 0;
        for (int i = 0; i < CASES; i++) {
            String content = i < CORNERS.size() ? CORNERS.get(i) : html(random);
            Map<String, Object> options = options(random);
            Map<String, Object> site = new HashMap<>();
            if (!options.isEmpty() || random.nextInt(8) > 0) {
                site.put("compress_html", options);
            }
            Map<String, Object> page = new HashMap<>();
            switch (random.nextInt(20)) {
                case 0, 1 -> page.put("compress_html", false);
                case 2 -> page.put("compress_html", true);
                case 3 -> page.put("compress_html", "false");
                default -> {
                }
            }
            String environment = random.nextInt(3) == 0 ? "production" : "development";
            Map<String, Object> extra = Map.of("jekyll", Map.of("environment", environment, "version", "4.3.1"));

            ReadRecorder liquidReads = new ReadRecorder();
            String expected = engine.render(template, variables(RecordedSiteView.of(site, liquidReads), page, content, extra),
                    liquidReads);
            ReadRecorder javaReads = new ReadRecorder();
            Optional<String> actual = layout.render(RecordedSiteView.of(site, javaReads), page, content, extra,
                    ConfigLoader.DEFAULT_LIQUID_LIMITS);
            if (actual.isPresent()) {
                computed++;
                String context = "seed " + seed + ", case " + i + ", options " + options + ", page " + page
                        + ", environment " + environment + ", content\n" + content;
                assertEquals(expected, actual.get(), context);
                assertEquals(liquidReads.dependencies(), javaReads.dependencies(), context);
                assertEquals(liquidReads.readTime(), javaReads.readTime(), context);
            }
        }
        // The generator gives options only Liquid renders now and then; most cases must be computed.
        assertTrue(computed > CASES / 2, "computed only " + computed + " of " + CASES + " (seed " + seed + ")");
    }

    @Test
    void clippingsTakeOneSpaceForEachElementThatMatches() {
        String body = body("v3.2.1");
        LiquidTemplate template = engine.parse(body, "_layouts/compress.html", 9);
        CompressHtmlLayout layout = CompressHtmlLayout.of(body).orElseThrow();
        String content = "<x>    <p>a</p>    <pre>  b  </pre>   <colgroup> <col>  </col>   <header>  <head>   "
                + "</th>  <thead>   </p>    </p></p>  </li>  ";
        for (List<String> clippings : List.of(List.of("p", "p", "p"), List.of("p", "p"), List.of("col", "colgroup"),
                List.of("colgroup", "col", "col"), List.of("head", "header", "th", "thead", "th"), List.of("P", "li"))) {
            Map<String, Object> site = Map.of("compress_html", Map.of("clippings", clippings));
            Map<String, Object> extra = Map.of("jekyll", Map.of("environment", "development"));
            String expected = engine.render(template, variables(site, Map.of(), content, extra), new ReadRecorder());
            assertEquals(expected, layout.render(site, Map.of(), content, extra, ConfigLoader.DEFAULT_LIQUID_LIMITS)
                    .orElseThrow(), clippings.toString());
        }
    }

    @Test
    void recognisesEachReleaseAndNothingElse() {
        for (String version : RECOGNISED) {
            String body = body(version);
            String versions = CompressHtmlLayout.of(body).orElseThrow().release().versions();
            assertTrue(versions.contains(version.substring(1)), version + " recognised as " + versions);
            // Line breaks around the Liquid are output as written and so tolerated; a CRLF file's
            // _LINE_FEED is "\r\n", which the Java code does not handle: Liquid renders it.
            assertTrue(CompressHtmlLayout.of("\n\n" + body.strip() + "\r\n").isPresent(), version);
            assertTrue(CompressHtmlLayout.of(body.replace("\n", "\r\n")).isEmpty(), version);
            assertTrue(CompressHtmlLayout.of(body.replace("{{ _content }}", "{{ _content }}x")).isEmpty(), version);
            assertTrue(CompressHtmlLayout.of(body.replace("th\" | split", "th tr\" | split")).isEmpty(), version);
            assertTrue(CompressHtmlLayout.of("x" + body).isEmpty(), version);
        }
        // Releases before 3.0.0 work differently (ignore.whitespaces): Liquid renders them.
        assertTrue(CompressHtmlLayout.of(body("v2.0.0")).isEmpty());
        assertTrue(CompressHtmlLayout.of(body("v2.1.0")).isEmpty());
    }

    @Test
    void collapsingWhitespaceIsSplittingAtASpaceAndJoining() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = " \t\n\r\u000b\f\u00a0ab\u201c";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(String.join(" ", dev.hyde.liquid.filters.Split.split(text.toString(), " ")),
                    CompressHtmlLayout.spacesJoined(text.toString()), text.toString());
        }
    }

    @Test
    void leavesToLiquidWhatOnlyLiquidRendersExactly() {
        CompressHtmlLayout layout = CompressHtmlLayout.of(body("v3.2.1")).orElseThrow();
        Map<String, Object> extra = Map.of("jekyll", Map.of("environment", "development"));
        for (Map<String, Object> options : List.<Map<String, Object>>of(
                Map.of("profile", true), Map.of("comments", "<>"), Map.of("endings", "p"),
                Map.of("clippings", List.of("a;b")), Map.of("blanklines", "yes"), Map.of("startings", List.of(1)),
                Map.of("comments", List.of("", "-->")), Map.of("ignore", Map.of("envs", Map.of("a", 1))))) {
            assertTrue(layout.render(Map.of("compress_html", options), Map.of(), "<p> x </p>", extra,
                    ConfigLoader.DEFAULT_LIQUID_LIMITS).isEmpty(), options.toString());
        }
        assertTrue(layout.render(Map.of("compress_html", "all"), Map.of(), "x", extra,
                ConfigLoader.DEFAULT_LIQUID_LIMITS).isEmpty());
        // Without jekyll.environment a list of environments names none of them, as in Liquid. (The
        // blank line after the layout's front matter is not part of it, as in Jekyll.)
        assertEquals("x\n", layout.render(Map.of("compress_html", Map.of("ignore", Map.of("envs", List.of("production")))),
                Map.of(), "x", Map.of(), ConfigLoader.DEFAULT_LIQUID_LIMITS).orElseThrow());
        // A page so large that Liquid could reach the iteration limit renders in Liquid, which reports it.
        var small = new dev.hyde.config.LiquidLimits(100, 1_000_000, 30_000, "_config.yml");
        assertTrue(layout.render(Map.of(), Map.of(), "x".repeat(40), extra, small).isEmpty());
        assertTrue(layout.render(Map.of(), Map.of(), "x".repeat(10), extra, small).isPresent());
        // Near the output size limit Liquid renders, so the limit applies as before, also to a page passed through.
        var tiny = new dev.hyde.config.LiquidLimits(1_000_000, 30, 30_000, "_config.yml");
        Map<String, Object> ignoring = Map.of("compress_html", Map.of("ignore", Map.of("envs", "development")));
        assertTrue(layout.render(ignoring, Map.of(), "x".repeat(20), extra, tiny).isEmpty());
        assertEquals("x".repeat(10) + "\n", layout.render(ignoring, Map.of(), "x".repeat(10), extra, tiny).orElseThrow());
    }

    private static Map<String, Object> variables(Map<String, Object> site, Map<String, Object> page, String content,
                                                 Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put("site", site);
        variables.put("page", page);
        variables.put("layout", Map.of());
        variables.put("content", content);
        return variables;
    }

    static String body(String version) {
        return FrontMatterSplitter.split(resource(version)).orElseThrow().body();
    }

    /**
     * A release's layout file, from the folder {@code -Dhyde.compressReleases} names: this
     * repository holds none of jekyll-compress-html's files (README, "What a Jekyll site gets",
     * says how to make the folder). Without it, the tests that need them are skipped.
     */
    static String resource(String version) {
        String folder = System.getProperty("hyde.compressReleases", "");
        Path file = folder.isEmpty() ? null : Path.of(folder, version + ".html");
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                "jekyll-compress-html's release " + version + " is not in -Dhyde.compressReleases=FOLDER");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Pages at the layout's odd corners, tried first. */
    private static final List<String> CORNERS = List.of(
            "", " ", "  ", "\n", "<pre>", "</pre>", "<pre></pre>", "<pre>a</pre>", "x<pre>  a  </pre>  y  ",
            "</pre> a </pre> b", "<pre>a</pre>b</pre>c", "<pre<pre<pre", "<!---->", "<!-- a --> <!-- b",
            "<!--", "-->", "--><!--", "<pre><!-- in pre --></pre>", " \n \n\n x \n\n", "<p> a </p> \n",
            "<textarea>  a  \n\n b </textarea>", "<html> <head> </head> <body> <p>x</p> </body> </html>",
            "a\t\t  \n  \n", "é  😀  \n\n <li> x </li> ");

    private static final List<String> PIECES = List.of(
            "<pre>", "<pre class=\"x\">", "</pre>", "<pre", "<preload>", "<!--", "-->", "<!-- c -->", "<!-- a <!-- b -->",
            "<[", "]>", " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", " \n ", "<p>", "</p>", "<li>", "</li>", "<div>",
            " </div> ", "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<textarea>", "</textarea>",
            "é", "😀", "text", "word", "<br/>", "<p class=a>", " <h1>", "</h1> ", "</td>", "<tbody>", "<tr>", "</tr> ",
            ";", "<", ">", "</", "{{", "%}", "<!--[if IE]>", "<![endif]-->", "<dt>", "</dd>", "<option>", "</rt>",
            "<header>", "</header>", "<colgroup>", "<col>", "</col>", "<thead>", "<th>", "</th>", "</p>", "<P>",
            "<h1", "<h12>", "</h1", "</h1 >", "</>", "< p>", "</ p>", "</li></li>", "    ", "<br>", "</br>");

    private static String html(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return out.toString();
    }

    private static final List<String> TAGS = List.of("p", "li", "div", "pre", "html", "head", "body", "td", "tr", "h1",
            "", "textarea", "dd", "é", "col", "colgroup", "header", "th", "thead", "h", "P", "br", "p");

    /**
     * Options as sites write them, and now and then (the first value given to {@link #pick}) one
     * whose Liquid meaning the Java code leaves to Liquid.
     */
    private static Map<String, Object> options(Random random) {
        Map<String, Object> o = new LinkedHashMap<>();
        pick(random, o, "endings", List.of("p", 3), "all", List.of(), tags(random), tags(random));
        pick(random, o, "startings", "all", List.of(), tags(random), tags(random), List.of("html", "head", "body"));
        pick(random, o, "comments", "<>", "all", "all", List.of(), List.of("<!--", "-->"), List.of("<!-- ", " -->"),
                List.of("<[", "]>"), List.of("<!--"), List.of("<!--", "-->", "x"), List.of("-", "-"));
        pick(random, o, "blanklines", "yes", true, true, false);
        pick(random, o, "clippings", List.of("a;b"), "all", "all", List.of(), tags(random), tags(random));
        pick(random, o, "profile", true, false, false);
        if (random.nextInt(3) == 0) {
            Map<String, Object> ignore = new LinkedHashMap<>();
            pick(random, ignore, "envs", Map.of("development", 1), "all", "development", "dev", "production",
                    List.of("production"), List.of("development"), List.of("production", "development"), List.of());
            o.put("ignore", ignore);
        }
        return o;
    }

    /** Sets {@code key} to one of {@code values}, or leaves it unset (one time in three), or sets it to {@code odd} (one in 30). */
    private static void pick(Random random, Map<String, Object> into, String key, Object odd, Object... values) {
        int roll = random.nextInt(30);
        if (roll == 0) {
            into.put(key, odd);
        } else if (roll > 10) {
            into.put(key, values[random.nextInt(values.length)]);
        }
    }

    private static List<String> tags(Random random) {
        List<String> out = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            out.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        return out;
    }
}
