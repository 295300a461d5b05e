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
    /** A line of the JVM's own log, as "[0.024s][warning][cds] ...". */
    private static final java.util.regex.Pattern JVM_LOG = java.util.regex.Pattern.compile("\\[[0-9.]+s\\]\\[");

    private static ProcessRun hyde(Path dir, String... args) {
        return hyde(dir, java.util.Map.of(), args);
    }

    private static ProcessRun hyde(Path dir, java.util.Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return ProcessRun.run(dir, command, environment, 120);
    }

    @Test
    void aPlainJavaJarBuildRunsInATunedJvmUnlessTheJvmWasSetUp() throws IOException {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hello
                """);
        ProcessRun plain = hyde(root, "build", "-v", root.toString());
        assertEquals(0, plain.exitCode(), plain.output());
        assertTrue(plain.output().contains("-Xmx1g") && plain.output().contains("-XX:TieredStopAtLevel=1")
                && plain.output().contains("-XX:+UseParallelGC"), plain.output());

        ProcessRun bigger = hyde(root, java.util.Map.of("HYDE_HEAP", "2g"), "build", "-v", root.toString());
        assertTrue(bigger.output().contains("-Xmx2g"), bigger.output());

        ProcessRun asIs = hyde(root, java.util.Map.of("HYDE_JVM", "as-is"), "build", "-v", root.toString());
        assertEquals(0, asIs.exitCode(), asIs.output());
        assertTrue(asIs.output().contains("jvm       (the JVM's defaults)"), asIs.output());

        ProcessRun tooSmall = hyde(root, java.util.Map.of("HYDE_HEAP", "4m"), "build", root.toString());
        assertEquals(1, tooSmall.exitCode(), tooSmall.output());
        assertTrue(tooSmall.output().contains("Hyde ran out of memory: its heap is 4m"), tooSmall.output());
        assertTrue(tooSmall.output().contains("HYDE_HEAP=2g"), tooSmall.output());
    }

    @Test
    void theSecondBuildMakesTheJvmsClassArchiveAndLaterOnesUseItQuietly() throws IOException {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hello **archive**
                """);
        Path cache = Files.createTempDirectory("hyde-user-cache");
        java.util.Map<String, String> env = java.util.Map.of("XDG_CACHE_HOME", cache.toString());
        Path folder = cache.resolve("hyde");
        for (int run = 1; run <= 3; run++) {
            ProcessRun build = hyde(root, env, "build", "-v", "--no-cache", root.toString());
            assertEquals(0, build.exitCode(), build.output());
            assertFalse(JVM_LOG.matcher(build.output()).find(), build.output());
            assertEquals(run == 3, build.output().contains("-XX:SharedArchiveFile="), build.output());
            assertEquals("archive", Jsoup.parse(Files.readString(root.resolve("site/index.html"))).selectFirst("strong").text());
            List<String> files;
            try (var list = Files.list(folder)) {
                files = list.map(f -> f.getFileName().toString()).toList();
            }
            assertEquals(1, files.size(), files.toString());
            assertTrue(files.get(0).endsWith(run == 1 ? ".seen" : ".jsa"), files.toString());
        }

        // an archive the JVM cannot use is passed over without a word
        try (var list = Files.list(folder)) {
            Files.writeString(list.findFirst().orElseThrow(), "not an archive");
        }
        ProcessRun damaged = hyde(root, env, "build", "--no-cache", root.toString());
        assertEquals(0, damaged.exitCode(), damaged.output());
        assertFalse(JVM_LOG.matcher(damaged.output()).find() || damaged.output().contains("archive"), damaged.output());

        ProcessRun off = hyde(root, java.util.Map.of("XDG_CACHE_HOME", cache.toString(), "HYDE_CLASS_ARCHIVE", "off"),
                "build", "-v", "--no-cache", root.toString());
        assertEquals(0, off.exitCode(), off.output());
        assertFalse(off.output().contains("SharedArchiveFile"), off.output());
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
        assertTrue(run.output().contains("1 page and"), run.output());
        assertEquals("world", Jsoup.parse(root.resolve("site/index.html").toFile()).expectFirst("em").text());

        Path elsewhere = root.resolveSibling(root.getFileName() + "-out");
        run = hyde(root, "build", "-d", elsewhere.toString());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(Files.exists(elsewhere.resolve("index.html")));
    }

    @Test
    void aNewProjectBuildsFromTheJar() throws IOException {
        Path parent = Files.createTempDirectory("hyde-cli-new");
        ProcessRun created = hyde(parent, "new", "docs");
        assertEquals(0, created.exitCode(), created.output());
        ProcessRun built = hyde(parent.resolve("docs"), "build", "--strict");
        assertEquals(0, built.exitCode(), built.output());
        assertTrue(built.output().startsWith("Built a Hyde project: 6 pages and"), built.output());
        assertEquals("Docs", Jsoup.parse(parent.resolve("docs/site/index.html").toFile()).expectFirst("h1.doc-title").text());
    }

    /** The server says which layout it read, then answers the home page; started and stopped as a user would. */
    @Test
    void serveSaysWhichLayoutItDetectedAndAnswersTheHomePage() throws Exception {
        Path parent = Files.createTempDirectory("hyde-cli-serve");
        assertEquals(0, hyde(parent, "new", "docs").exitCode());
        Path jekyll = TestSite.write("""
                -- _config.yml --
                title: Old site
                -- index.md --
                ---
                ---
                Jekyll home
                """);
        for (var site : java.util.Map.of(parent.resolve("docs"), "Hyde project", jekyll, "Jekyll site").entrySet()) {
            Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", JAR.toAbsolutePath().toString(), "serve", site.getKey().toString(), "--port", "0")
                    .redirectErrorStream(true).start();
            try {
                var lines = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(),
                        java.nio.charset.StandardCharsets.UTF_8));
                String line = lines.readLine();
                while (line != null && !line.startsWith("Serving")) {
                    line = lines.readLine();
                }
                assertTrue(line != null && line.startsWith("Serving a " + site.getValue() + " (detected) from "
                        + site.getKey().toRealPath() + " at http://127.0.0.1:"), String.valueOf(line));
                java.net.URI home = java.net.URI.create(line.replaceFirst(".* at (\\S+) .*", "$1"));
                var connection = (java.net.HttpURLConnection) home.toURL().openConnection();
                assertEquals(200, connection.getResponseCode());
                try (var in = connection.getInputStream()) {
                    String page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(page.contains(site.getValue().equals("Jekyll site") ? "Jekyll home" : "<h1 class=\"doc-title\">Docs</h1>"), page);
                }
            } finally {
                server.destroy();
                server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    /** build --watch from the jar: built, then an edit on disk reaches site/, until the process is stopped. */
    @Test
    void buildWatchRebuildsOnAnEditUntilStopped() throws Exception {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Before
                """);
        Process watching = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(), "build", "--watch", root.toString())
                .redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(watching.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertTrue(first != null && first.startsWith("Built 1 page and wrote "), String.valueOf(first));
            assertTrue(lines.readLine().startsWith("Watching the Hyde project in "));
            assertEquals("Before", Jsoup.parse(root.resolve("site/index.html").toFile()).expectFirst(".doc-body p").text());
            Path temp = root.resolve("content/.index.md.tmp");
            Files.writeString(temp, "---\ntitle: Home\n---\nAfter\n");
            Files.move(temp, root.resolve("content/index.md"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String rebuilt = lines.readLine();
            assertTrue(rebuilt != null && rebuilt.startsWith("Rebuilt 1 page and wrote "), String.valueOf(rebuilt));
            assertEquals("After", Jsoup.parse(root.resolve("site/index.html").toFile()).expectFirst(".doc-body p").text());
        } finally {
            watching.destroy();
            assertTrue(watching.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    @Test
    void buildVersionWritesOneVersionBesideTheOthers() throws IOException {
        Path root = TestSite.write("""
                -- _config.yml --
                versions:
                  - name: "2.0"
                  - name: "1.0"
                -- content/index.md --
                ---
                title: Home
                ---
                Hello
                """);
        ProcessRun missing = hyde(root, "build", "--version", "2.0");
        assertEquals(1, missing.exitCode(), missing.output());
        assertTrue(missing.output().contains("error: _config.yml:3: Version '1.0' is not published"), missing.output());

        Files.writeString(root.resolve("_config.yml"), "versions:\n  - name: \"1.0\"\n");
        ProcessRun first = hyde(root, "build", "--version", "1.0");
        assertEquals(0, first.exitCode(), first.output());
        Files.writeString(root.resolve("_config.yml"), "versions:\n  - name: \"2.0\"\n  - name: \"1.0\"\n");
        ProcessRun second = hyde(root, "build", "--version", "2.0");
        assertEquals(0, second.exitCode(), second.output());
        assertTrue(second.output().contains(root.resolve("site/2.0").toString()), second.output());
        assertTrue(Files.isRegularFile(root.resolve("site/1.0/index.html")));
        assertTrue(Files.isRegularFile(root.resolve("site/2.0/index.html")));
        assertEquals("0; url=/2.0/", Jsoup.parse(root.resolve("site/index.html").toFile())
                .expectFirst("meta[http-equiv=refresh]").attr("content"));

        ProcessRun whole = hyde(root, "build");
        assertEquals(1, whole.exitCode(), whole.output());
        assertTrue(whole.output().contains("The destination holds several versions of the docs"), whole.output());
        assertTrue(Files.isRegularFile(root.resolve("site/1.0/index.html")), "the versions are kept");
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
        assertTrue(run.output().contains("error: content/index.md:4:1: Include not found: nope.html"), run.output());
        assertTrue(run.output().contains("1 error, 0 warnings"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void keepGoingWritesThePagesThatBuiltListsTheOthersAndExitsWithOne() {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Fine.
                -- content/broken.md --
                ---
                title: Broken
                ---
                {% include nope.html %}
                """);
        ProcessRun run = hyde(root, "build", "--keep-going");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("error: content/broken.md:4:1: Include not found: nope.html"), run.output());
        assertTrue(run.output().contains("1 page failed and was left out:\n  content/broken.md"), run.output());
        assertTrue(Files.isRegularFile(root.resolve("site/index.html")));
        assertFalse(Files.exists(root.resolve("site/broken")));
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
        assertTrue(build.output().contains("--version=NAME"), build.output());
        ProcessRun wrong = hyde(here, "build", "--no-such-option");
        assertEquals(2, wrong.exitCode(), wrong.output());
    }

    @Test
    void checkLooksAtSiteThenUnderscoreSiteAndExitsWithWhatItFound() throws IOException {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Read the [guide](guide/).
                -- content/guide.md --
                ---
                title: Guide
                ---
                Back [home](../).
                """);
        assertEquals(0, hyde(root, "build").exitCode());
        ProcessRun built = hyde(root, "check");
        assertEquals(0, built.exitCode(), built.output());
        assertTrue(built.output().contains(": no broken links."), built.output());

        Path jekyll = TestSite.write("""
                -- _site/index.html --
                <a href="/about/">About</a> <a href="/abuot/">Typo</a>
                -- _site/about/index.html --
                <a href="/">Home</a>
                """);
        ProcessRun broken = hyde(jekyll, "check");
        assertEquals(1, broken.exitCode(), broken.output());
        assertTrue(broken.output().startsWith("error: _site/index.html:1:38: Link target not found: /abuot/\n"),
                broken.output());
        assertTrue(broken.output().contains("Checked 2 pages, 3 links: 1 broken."), broken.output());

        ProcessRun none = hyde(jekyll.resolve("_site/about"), "check");
        assertEquals(2, none.exitCode(), none.output());
        assertTrue(none.output().startsWith("error: Site folder does not exist: site\n"), none.output());

        ProcessRun help = hyde(root, "check", "--help");
        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("--external") && help.output().contains("[SITE_DIR]"), help.output());
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
        ProcessRun subcommandVersion = ProcessRun.run(root, List.of(launcher.toString(), "build", "-V"), 120);
        assertEquals(version.output(), subcommandVersion.output(), "-V on a command prints the same version");
        ProcessRun build = ProcessRun.run(root, List.of(launcher.toString(), "build"), 120);
        assertEquals(0, build.exitCode(), build.output());
        assertEquals("Launched", Jsoup.parse(root.resolve("site/index.html").toFile()).expectFirst("main p").text());
    }

    /**
     * As a user without root rights (root may delete anything): a site/ with a read-only folder
     * cannot be replaced, so the build fails before swapping, and leaves site/ and nothing else.
     */
    @Test
    void aSiteThatCannotBeReplacedIsLeftAsItWasWithNothingBeside() throws Exception {
        Path setpriv = Path.of("/usr/bin/setpriv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(setpriv)
                && "root".equals(System.getProperty("user.name")), "needs root and setpriv to run as another user");
        Path root = Files.createTempDirectory(Path.of("/tmp"), "hyde-readonly");
        TestSite.writeInto(root, """
                -- content/index.md --
                ---
                title: Home
                ---
                First
                -- content/guide/setup.md --
                ---
                title: Setup
                ---
                Setup
                """);
        openToEveryone(root);
        List<String> asNobody = new ArrayList<>(List.of(setpriv.toString(), "--reuid=65534", "--regid=65534",
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(), "build", root.toString()));
        try {
            buildTwiceAsNobody(root, asNobody);
        } finally {
            openToEveryone(root);
            org.apache.commons.io.file.PathUtils.deleteDirectory(root);
        }
    }

    private static void buildTwiceAsNobody(Path root, List<String> asNobody) throws IOException {
        ProcessRun first = ProcessRun.run(root, asNobody, 120);
        assertEquals(0, first.exitCode(), first.output());
        Path guide = root.resolve("site/guide");
        Files.setPosixFilePermissions(guide, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        java.util.Map<String, String> before = snapshot(root.resolve("site"));
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\nSecond\n");

        ProcessRun second = ProcessRun.run(root, asNobody, 120);
        assertEquals(1, second.exitCode(), second.output());
        assertTrue(second.output().contains("Cannot replace the previous site"), second.output());
        assertTrue(second.output().contains(guide.toString()), second.output());
        assertFalse(second.output().contains("\tat "), "no stack trace: " + second.output());
        assertEquals(before, snapshot(root.resolve("site")));
        try (var siblings = Files.list(root)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).toList());
        }
    }

    /** Staging folders of builds that were killed are removed by the next build; a running build's are not. */
    @Test
    void foldersLeftByKilledBuildsAreRemovedByTheNextOne() throws Exception {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.createDirectories(root.resolve(".site.staging-dead"));
        Files.writeString(dead.resolve(".hyde-build-pid"), Long.toString(gone.pid()));
        Files.writeString(dead.resolve("index.html"), "half");
        Path unmarked = Files.createDirectories(root.resolve(".site.staging-unmarked"));
        Files.setLastModifiedTime(unmarked, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path previous = Files.createDirectories(root.resolve(".site.previous-old"));

        ProcessRun run = hyde(root, "build", root.toString());
        assertEquals(0, run.exitCode(), run.output());
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(unmarked));
        assertFalse(Files.exists(previous));

        Path running = Files.createDirectories(root.resolve(".site.staging-running"));
        Files.writeString(running.resolve(".hyde-build-pid"), Long.toString(ProcessHandle.current().pid()));
        ProcessRun again = hyde(root, "build", root.toString());
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(Files.exists(running), "the folder of a build that still runs is kept");
        assertFalse(Files.exists(root.resolve("site/.hyde-build-pid")));
    }

    private static void openToEveryone(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
            }
        }
    }

    private static java.util.Map<String, String> snapshot(Path dir) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                files.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1)
                        + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
