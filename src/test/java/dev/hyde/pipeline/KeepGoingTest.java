package dev.hyde.pipeline;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build that keeps going writes the pages that built, leaves out the ones that failed, and still fails. */
class KeepGoingTest {
    private static final String JEKYLL_SITE = """
            -- _config.yml --
            title: Old site
            -- _layouts/default.html --
            <html><body><main>{{ content }}</main></body></html>
            -- index.md --
            ---
            layout: default
            ---
            Home, see [the guide](guide.html).
            -- guide.md --
            ---
            layout: default
            ---
            A guide.
            -- broken.md --
            ---
            layout: default
            ---
            Uses {% include nothere.html %}.
            -- bad-liquid.md --
            ---
            layout: default
            ---
            {% if page.x %}never closed
            """;

    private static BuildResult build(Path root, boolean keepGoing) {
        return Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME).withKeepGoing(keepGoing));
    }

    @Test
    void thePagesThatBuiltAreWrittenAndTheFailedOnesListed() throws IOException {
        Path root = TestSite.write(JEKYLL_SITE);
        BuildResult result = build(root, true);

        assertFalse(result.succeeded(), "the build still fails");
        assertTrue(result.writtenWithErrors());
        assertEquals(List.of("bad-liquid.md", "broken.md"), result.leftOut());
        assertEquals(2, result.errors().size(), () -> result.errors().toString());
        assertEquals(List.of("bad-liquid.md", "broken.md"),
                result.errors().stream().map(Diagnostic::file).sorted().toList());
        Path site = result.destination();
        assertEquals("Home, see the guide.",
                Jsoup.parse(Files.readString(site.resolve("index.html"))).selectFirst("main p").text());
        assertTrue(Files.isRegularFile(site.resolve("guide.html")));
        assertFalse(Files.exists(site.resolve("broken.html")), "a failed page is left out, not half written");
        assertFalse(Files.exists(site.resolve("bad-liquid.html")));
        String summary = LeftOutPages.describe(result);
        assertTrue(summary.startsWith("Kept going: wrote 2 pages and 3 files into " + site), summary);
        assertTrue(summary.contains("2 pages failed and were left out:\n  bad-liquid.md\n  broken.md"), summary);
    }

    @Test
    void withoutItTheBuildWritesNothingAndThePreviousSiteStays() throws IOException {
        Path root = TestSite.write(JEKYLL_SITE);
        Path site = root.resolve("_site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("previous.html"), "the last good site");
        BuildResult result = build(root, false);

        assertFalse(result.succeeded());
        assertFalse(result.writtenWithErrors());
        assertEquals(List.of(), result.leftOut());
        assertEquals(List.of("previous.html"), Files.list(site).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aSiteWithNoErrorIsBuiltAsUsual() {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Fine.
                """);
        BuildResult result = build(root, true);
        assertTrue(result.succeeded());
        assertFalse(result.writtenWithErrors());
        assertEquals(List.of(), result.leftOut());
    }

    @Test
    void whenNoPageBuiltNothingIsWritten() throws IOException {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                {% include missing.html %}
                """);
        BuildResult result = build(root, true);
        assertFalse(result.succeeded());
        assertFalse(result.writtenWithErrors(), "an empty site would replace the last good one");
        assertFalse(Files.exists(root.resolve("site/index.html")));
    }
}
