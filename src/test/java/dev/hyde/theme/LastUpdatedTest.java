package dev.hyde.theme;

import dev.hyde.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's "last updated" date is its last commit's, from the project's git history; never a guess. */
class LastUpdatedTest {
    private static final String PAGES = """
            -- content/index.md --
            ---
            title: Home
            ---
            Hi.
            -- content/new.md --
            ---
            title: New
            ---
            Not committed yet.
            """;

    @Test
    void committedPagesShowTheirLastCommitDateAndOthersNone() throws Exception {
        Path root = TestSite.write(PAGES);
        git(root, "init", "-q");
        git(root, "add", "content/index.md");
        git(root, "commit", "-q", "-m", "first");
        TestSite site = TestSite.buildIn(root);
        Document home = site.html("index.html");
        assertEquals("2024-03-05T10:20:30+01:00", home.expectFirst("p.last-updated time").attr("datetime"));
        assertEquals("2024-03-05", home.expectFirst("p.last-updated time").text());
        assertTrue(site.html("new/index.html").select("p.last-updated").isEmpty(), "never committed: no date");
    }

    @Test
    void aProjectOutsideGitShowsNoDate() {
        TestSite site = TestSite.build(PAGES);
        assertTrue(site.html("index.html").select("p.last-updated").isEmpty());
    }

    private static void git(Path root, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
                "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_COMMITTER_DATE", "2024-03-05T10:20:30+01:00");
        builder.environment().put("GIT_AUTHOR_DATE", "2024-03-05T10:20:30+01:00");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + args[0] + " did not finish");
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ": " + output);
    }
}
