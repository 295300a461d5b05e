package dev.hyde.diag;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Liquid that would run forever or fill the heap fails with the page, the tag's line and the setting to raise. */
class LiquidLimitsTest {

    private static String page(String body) {
        return "-- content/index.md --\n---\ntitle: Home\n---\n" + body;
    }

    private static String config(String limits) {
        return "-- _config.yml --\ntitle: Site\nliquid_limits:\n" + limits;
    }

    private static Diagnostic onlyError(String files) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(files);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        return errors.get(0);
    }

    private static void assertAt(Diagnostic d, String title, String file, int line, String setting) {
        assertEquals(title, d.title(), d::toString);
        assertEquals(file, d.file(), d::toString);
        assertEquals(line, d.line(), d::toString);
        assertTrue(d.hint().contains("liquid_limits." + setting), d::toString);
    }

    @Test
    void nestedHugeLoopsStopAtTheInnerForTag() {
        Diagnostic d = onlyError(page("""
                Intro
                {% for i in (1..100000000) %}
                  {% for j in (1..100000000) %}{{ j }}{% endfor %}
                {% endfor %}
                """));
        assertAt(d, "Too many loop iterations", "content/index.md", 6, "max_iterations");
        assertTrue(d.detail().contains("1,000,000"), d::toString);
    }

    @Test
    void stringDoubledInALoopStopsAtTheAssignBeforeItFillsTheHeap() {
        Diagnostic d = onlyError(page("""
                {% assign s = "x" %}
                {% for i in (1..40) %}
                {% assign s = s | append: s %}
                {% endfor %}
                {{ s }}
                """));
        assertAt(d, "Liquid output too large", "content/index.md", 6, "max_output_chars");
    }

    @Test
    void stringGrownInOneExpressionIsStoppedBeforeItIsBuilt() {
        Diagnostic d = onlyError(config("  max_output_chars: 1000\n") + page("""
                {% assign s = "xxxxxxxxxx" | split: "" | join: "xxxxxxxxxx" %}
                {% assign t = s | replace: "x", s | replace: "x", s | replace: "x", s %}
                """));
        assertAt(d, "Liquid output too large", "content/index.md", 5, "max_output_chars");
        // 100 times 100 characters, found before the string is built.
        assertTrue(d.detail().contains("10,000 characters"), d::toString);
    }

    @Test
    void splitIntoMoreItemsThanTheLoopLimitIsStoppedBeforeTheArrayIsMade() {
        Diagnostic d = onlyError(config("  max_iterations: 100\n") + page("""
                {% assign s = "x" %}{% for i in (1..7) %}{% assign s = s | append: s %}{% endfor %}
                {% assign a = s | split: "" %}{{ a.size }}
                """));
        assertAt(d, "Liquid array too large", "content/index.md", 5, "max_iterations");
        assertTrue(d.detail().contains("128 items"), d::toString);
    }

    @Test
    void outputOfALoopCountsAsItGrows() {
        Diagnostic d = onlyError(config("  max_output_chars: 100\n") + page("""
                Intro
                {% for i in (1..20) %}0123456789{% endfor %}
                """));
        assertAt(d, "Liquid output too large", "content/index.md", 5, "max_output_chars");
    }

    @Test
    void configuredLowIterationLimitApplies() {
        String body = "{% for i in (1..11) %}{{ i }}{% endfor %}\n";
        Diagnostic d = onlyError(config("  max_iterations: 10\n") + page(body));
        assertAt(d, "Too many loop iterations", "content/index.md", 4, "max_iterations");
        assertTrue(d.detail().contains("more than 10 iterations"), d::toString);
        TestSite ok = TestSite.build(config("  max_iterations: 11\n") + page(body));
        assertEquals("1234567891011", ok.html("index.html").expectFirst("main p").text());
    }

    @Test
    void raisedIterationLimitLetsALongFiniteLoopThrough() {
        String body = "{% for i in (1..1500000) %}{% assign last = i %}{% endfor %}last={{ last }}\n";
        Diagnostic d = onlyError(page(body));
        assertAt(d, "Too many loop iterations", "content/index.md", 4, "max_iterations");
        TestSite ok = TestSite.build(config("  max_iterations: 2000000\n") + page(body));
        assertEquals("last=1500000", ok.html("index.html").expectFirst("main p").text());
    }

    @Test
    void loopsInIncludesCountWithThePage() {
        Diagnostic d = onlyError(config("  max_iterations: 1000\n") + page("""
                {% include loop.html %}
                {% include loop.html %}
                """) + """
                -- templates/_includes/loop.html --
                <b>
                {% for i in (1..600) %}.{% endfor %}
                </b>
                """);
        assertAt(d, "Too many loop iterations", "templates/_includes/loop.html", 2, "max_iterations");
    }

    @Test
    void liquidLayoutHasItsOwnLimitsAtItsFileAndLine() {
        Diagnostic d = onlyError("""
                -- _config.yml --
                title: Site
                liquid_limits:
                  max_iterations: 100
                -- _layouts/default.html --
                <html><body>
                {% for i in (1..1000) %}{{ content }}{% endfor %}
                </body></html>
                -- index.md --
                ---
                layout: default
                ---
                {% for i in (1..100) %}.{% endfor %}
                """);
        assertAt(d, "Too many loop iterations", "_layouts/default.html", 2, "max_iterations");
    }

    @Test
    void renderTimeLimitStopsALoopThatWouldRunForHours() {
        // Ten billion iterations take hours on any machine; one millisecond passes long before.
        Diagnostic d = onlyError(config("  max_iterations: 2000000000\n  max_render_millis: 1\n") + page("""
                {% for i in (1..100000) %}
                {% for j in (1..100000) %}{{ j }}{% endfor %}
                {% endfor %}
                """));
        assertEquals("Liquid rendering took too long", d.title(), d::toString);
        assertEquals("content/index.md", d.file());
        assertTrue(d.line() == 4 || d.line() == 5, d::toString);
        assertTrue(d.hint().contains("liquid_limits.max_render_millis"), d::toString);
    }

    @Test
    void limitThatIsNotAPositiveNumberIsReportedAtItsLine() {
        Diagnostic d = onlyError(config("  max_iterations: 10\n  max_output_chars: 50MB\n") + page("x\n"));
        assertEquals("'liquid_limits.max_output_chars' is not a valid limit", d.title());
        assertEquals("_config.yml", d.file());
        assertEquals(4, d.line());
        assertEquals(3, d.column());
        assertTrue(d.detail().contains("'50MB'"), d::toString);
    }

    @Test
    void zeroLimitAndUnknownSettingAreReported() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(
                config("  max_render_millis: 0\n  max_loops: 5\n") + page("x\n"));
        assertEquals(2, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        assertTrue(errors.stream().anyMatch(e -> e.title().equals("Unknown setting 'liquid_limits.max_loops'")
                && e.line() == 4), () -> DiagnosticFormatter.formatAll(errors));
        assertTrue(errors.stream().anyMatch(e -> e.title().equals("'liquid_limits.max_render_millis' is not a valid limit")
                && e.line() == 3), () -> DiagnosticFormatter.formatAll(errors));
    }

    @Test
    void limitsThatAreNotAMapAreReported() {
        Diagnostic d = onlyError("-- _config.yml --\nliquid_limits: 5\n" + page("x\n"));
        assertEquals("'liquid_limits' is not a map of settings", d.title());
        assertEquals(1, d.line());
    }

    @Test
    void theHintNamesTheConfigurationFilesTheBuildWasGiven() {
        java.nio.file.Path root = TestSite.write("""
                -- base.yml --
                title: Site
                liquid_limits:
                  max_iterations: 100
                -- local.yml --
                baseurl: /docs
                -- content/index.md --
                ---
                title: Home
                ---
                {% for i in (1..1000) %}.{% endfor %}
                """);
        dev.hyde.pipeline.BuildResult result = dev.hyde.Hyde.build(dev.hyde.pipeline.BuildOptions.of(root)
                .withTime(TestSite.TIME).withConfigFiles(List.of(root.resolve("base.yml"), root.resolve("local.yml"))));
        assertEquals(1, result.errors().size(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        Diagnostic d = result.errors().get(0);
        assertEquals("Too many loop iterations", d.title());
        assertEquals("content/index.md", d.file());
        assertEquals(4, d.line());
        assertTrue(d.hint().endsWith("raise 'liquid_limits.max_iterations' in base.yml."), d::toString);

        // no file sets the limits: the last file given is where a setting takes effect
        java.nio.file.Path plain = TestSite.write("""
                -- local.yml --
                title: Site
                -- content/index.md --
                ---
                title: Home
                ---
                {% assign s = 'x' %}{% for i in (1..30) %}{% assign s = s | append: s %}{% endfor %}
                """);
        dev.hyde.pipeline.BuildResult second = dev.hyde.Hyde.build(dev.hyde.pipeline.BuildOptions.of(plain)
                .withTime(TestSite.TIME).withConfigFiles(List.of(plain.resolve("local.yml"))));
        assertEquals(1, second.errors().size(), () -> DiagnosticFormatter.formatAll(second.diagnostics()));
        assertTrue(second.errors().get(0).hint().endsWith("in local.yml."), () -> second.errors().get(0).toString());
    }
}
