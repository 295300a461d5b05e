package dev.hyde.pipeline;

import dev.hyde.TestSite;
import dev.hyde.config.ProjectLayout;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's stages run as one sequence, or in its two halves (content, then finish) as a Jekyll
 * site's documents do: both ways give the same page, and the first half stops before the layouts.
 */
class PageStagesTest {

    private static final String SITE = """
            -- templates/default.ftlh --
            <!doctype html><html><head><title>${page.title}</title></head><body><main>${content?no_esc}</main></body></html>
            -- content/guide.md --
            ---
            title: Guide
            ---
            Hello {{ page.title }}!

            ## First steps

            See [the start](/start/).
            -- content/start.md --
            ---
            title: Start
            ---
            Start here.
            """;

    private record Rendering(PageRenderer renderer, Page page, StageTimes times) {
    }

    private static Rendering renderer(Path root) {
        ProjectLayout project = new ProjectLayout(root);
        Diagnostics diagnostics = new Diagnostics();
        Site site = SiteLoader.load(project, BuildOptions.of(root).withTime(TestSite.TIME), diagnostics, new StageTimes());
        assertEquals(List.of(), diagnostics.sorted());
        StageTimes times = new StageTimes();
        Page page = site.pages().stream().filter(p -> p.contentPath().equals("guide.md")).findFirst().orElseThrow();
        return new Rendering(PageRenderer.create(project, site, diagnostics, times), page, times);
    }

    @Test
    void theTwoHalvesMakeThePageTheWholeSequenceMakes() {
        Path root = TestSite.write(SITE);
        Rendering whole = renderer(root);
        RenderedPage inOne = whole.renderer().render(whole.page());

        Rendering halves = renderer(root);
        ReadRecorder reads = new ReadRecorder();
        String content = halves.renderer().content(halves.page(), reads);
        RenderedPage inTwo = halves.renderer().finish(halves.page(), content, reads);

        assertArrayEquals(inOne.bytes(), inTwo.bytes());
        assertEquals(inOne.layoutFiles(), inTwo.layoutFiles());
        assertEquals(inOne.dependencies(), inTwo.dependencies());
        assertEquals(inOne.finished().links(), inTwo.finished().links());
        assertEquals(inOne.finished().ids(), inTwo.finished().ids());
        Document page = Jsoup.parse(new String(inOne.bytes(), StandardCharsets.UTF_8));
        assertEquals("Guide", page.title());
        assertEquals("Hello Guide!", page.expectFirst("main > p").text());
    }

    @Test
    void contentIsLiquidAndMarkdownBeforePostProcessingAndLayouts() {
        Rendering rendering = renderer(TestSite.write(SITE));
        String content = rendering.renderer().content(rendering.page(), new ReadRecorder());

        Document fragment = Jsoup.parseBodyFragment(content);
        assertEquals("Hello Guide!", fragment.expectFirst("body > p").text());
        Element heading = fragment.expectFirst("body > h2");
        assertEquals("First steps", heading.text());
        assertTrue(heading.select("a.anchor").isEmpty(), "heading anchors come after the content: " + content);
        assertTrue(fragment.select("main").isEmpty(), "no layout around the content: " + content);
        assertTimed(rendering.times(), List.of(Stage.LIQUID, Stage.MARKDOWN), List.of(Stage.POST, Stage.LAYOUT));

        RenderedPage finished = rendering.renderer().finish(rendering.page(), content, new ReadRecorder());
        Document page = Jsoup.parse(new String(finished.bytes(), StandardCharsets.UTF_8));
        assertEquals("First steps", page.expectFirst("main > h2").text());
        assertEquals("#first-steps", page.expectFirst("main > h2 > a.anchor").attr("href"),
                "heading anchors are the body's post-processing");
        assertTimed(rendering.times(), List.of(Stage.LIQUID, Stage.MARKDOWN, Stage.POST, Stage.LAYOUT), List.of());
    }

    private static void assertTimed(StageTimes times, List<Stage> ran, List<Stage> notYet) {
        var snapshot = times.snapshot();
        for (Stage stage : ran) {
            assertTrue(snapshot.get(stage).wall().compareTo(Duration.ZERO) > 0, stage + " ran");
        }
        for (Stage stage : notYet) {
            assertEquals(Duration.ZERO, snapshot.get(stage).wall(), stage + " did not run yet");
        }
        assertEquals(Duration.ZERO, snapshot.get(Stage.SASS).wall(), "a Markdown page is not Sass");
    }
}
