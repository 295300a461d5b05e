package dev.hyde.cli;

import dev.hyde.ProcessRun;
import dev.hyde.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the packaged CLI jar, as a user would. */
class CliEndToEndTest {
    private static final Path JAR = Path.of(System.getProperty("hyde.cliJar", "target/missing-cli.jar"));

    private static ProcessRun hyde(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return ProcessRun.run(dir, command, 120);
    }

    @Test
    void buildsIntoTheDefaultAndAGivenDestination() throws IOException {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hello *world*
                """);
        ProcessRun run = hyde(root, "build", root.toString());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("1 pages and"), run.output());
        assertEquals("world", Jsoup.parse(root.resolve("site/index.html").toFile()).expectFirst("em").text());

        Path elsewhere = root.resolveSibling(root.getFileName() + "-out");
        run = hyde(root, "build", "-d", elsewhere.toString());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(Files.exists(elsewhere.resolve("index.html")));
    }

    @Test
    void errorsExitWithOneAndNameFileAndLineWithoutAStackTrace() {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                {% include nope.html %}
                """);
        ProcessRun run = hyde(root, "build");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("error: content/index.md:4: Include not found: nope.html"), run.output());
        assertTrue(run.output().contains("1 error, 0 warnings"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void everyCommandHasHelp() {
        Path here = Path.of("").toAbsolutePath();
        ProcessRun top = hyde(here, "--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.output().contains("build"), top.output());
        ProcessRun build = hyde(here, "build", "--help");
        assertEquals(0, build.exitCode());
        assertTrue(build.output().contains("--destination"), build.output());
        ProcessRun wrong = hyde(here, "build", "--no-such-option");
        assertEquals(2, wrong.exitCode(), wrong.output());
    }

    @Test
    void theLauncherScriptRunsTheJarWithItsOptions() throws IOException {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Launched
                """);
        Path launcher = Path.of("bin", "hyde").toAbsolutePath();
        ProcessRun version = ProcessRun.run(root, List.of(launcher.toString(), "--version"), 120);
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(version.output().matches("(?s)hyde \\d+\\.\\d+.*"), version.output());
        ProcessRun build = ProcessRun.run(root, List.of(launcher.toString(), "build"), 120);
        assertEquals(0, build.exitCode(), build.output());
        assertEquals("Launched", Jsoup.parse(root.resolve("site/index.html").toFile()).expectFirst("main p").text());
    }
}
