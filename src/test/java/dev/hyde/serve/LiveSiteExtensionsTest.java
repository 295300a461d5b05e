package dev.hyde.serve;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.pipeline.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extensions are loaded by the same step for a build and for the preview, which differ in what a
 * plugin path that does not load does: a build stops, the preview shows the problem and serves
 * the site without extensions.
 */
class LiveSiteExtensionsTest {

    @Test
    void aMissingPluginPathIsShownWhileThePagesAreServed() {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hi {{ page.title }}.
                """);
        Path missing = root.resolve("no-such-folder");
        BuildOptions options = BuildOptions.of(root).withTime(TestSite.TIME).withPluginPath(List.of(missing));

        BuildResult build = SiteBuilder.build(options);
        assertEquals("Plugin path not found", build.errors().get(0).title());
        assertEquals(0, build.pagesWritten());

        LiveSite live = LiveSite.open(options);
        Document page = Jsoup.parse(new String(live.file("index.html").orElseThrow(), StandardCharsets.UTF_8));
        assertEquals("Hi Home.", page.expectFirst("main .doc-body p").text());
        List<Diagnostic> problems = live.diagnostics();
        assertEquals(1, problems.size(), problems::toString);
        Diagnostic problem = problems.get(0);
        assertEquals("Plugin path not found", problem.title());
        assertEquals(missing.toString(), problem.file());
        assertTrue(problem.hint().contains("--plugin-path"), problem::hint);
    }
}
