package dev.hyde.pipeline;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress of a build: nothing for a short one, then a live line or plain lines now and then. */
class ProgressReportTest {
    private static final long SECOND = 1_000_000_000L;

    /** Records what a terminal or a log would show. */
    private static final class Recorded implements ProgressReport.Output {
        final List<String> events = new ArrayList<>();

        @Override
        public void line(String text) {
            events.add("line " + text);
        }

        @Override
        public void live(String text) {
            events.add("live " + text);
        }

        @Override
        public void clearLive() {
            events.add("clear");
        }
    }

    @Test
    void aTerminalGetsALiveLineAfterASecondWithPagesAndRateAndItIsClearedAtTheEnd() {
        AtomicLong now = new AtomicLong(0);
        Recorded out = new Recorded();
        ProgressReport report = new ProgressReport(out, true, Duration.ofSeconds(5), now::get);
        report.stage("reading");
        report.pagesToRender(1000);
        now.set(SECOND / 2);
        report.tick();
        assertEquals(List.of(), out.events, "nothing in the first second");

        now.set(SECOND);
        report.stage("rendering");
        for (int i = 0; i < 300; i++) {
            report.pageRendered();
        }
        now.set(2 * SECOND);
        report.tick();
        report.tick(); // the same text is not drawn twice
        now.set(3 * SECOND);
        report.stage("checking links");
        report.tick();
        report.close();
        assertEquals(List.of("live rendering 300/1000 pages, 300 pages/s", "live checking links...", "clear"), out.events);
    }

    @Test
    void withoutATerminalAPlainLineNowAndThen() {
        AtomicLong now = new AtomicLong(0);
        Recorded out = new Recorded();
        ProgressReport report = new ProgressReport(out, false, Duration.ofSeconds(5), now::get);
        report.pagesToRender(10_000);
        report.stage("rendering");
        for (long t = 1; t <= 12; t++) {
            for (int i = 0; i < 500; i++) {
                report.pageRendered();
            }
            now.set(t * SECOND);
            report.tick();
        }
        report.stage("writing");
        now.set(15 * SECOND);
        report.tick();
        now.set(20 * SECOND);
        report.tick();
        report.close();
        assertEquals(List.of("line rendering 2500/10000 pages, 500 pages/s", "line rendering 5000/10000 pages, 500 pages/s",
                "line writing..."),
                out.events, "at 5 s, 10 s and 15 s; not the same line again at 20 s; no clearing of a line that was never live");
    }

    @Test
    void aBuildTellsItsStagesAndEveryPage() {
        List<String> stages = new ArrayList<>();
        AtomicLong pages = new AtomicLong();
        AtomicLong total = new AtomicLong();
        BuildProgress progress = new BuildProgress() {
            @Override
            public void stage(String name) {
                stages.add(name);
            }

            @Override
            public void pagesToRender(int n) {
                total.set(n);
            }

            @Override
            public void pageRendered() {
                pages.incrementAndGet();
            }
        };
        java.nio.file.Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                -- content/guide.md --
                ---
                title: Guide
                ---
                Guide
                -- content/draft.md --
                ---
                title: Draft
                draft: true
                ---
                Not yet
                """);
        BuildResult result = SiteBuilder.build(BuildOptions.of(root), progress);
        assertTrue(result.succeeded(), result.diagnostics().toString());
        assertEquals(List.of("reading", "rendering", "generating files", "copying files", "checking links", "writing"), stages);
        assertEquals(2, total.get());
        assertTrue(pages.get() >= 2, "every page, and the theme's 404 page: " + pages.get());
    }
}
