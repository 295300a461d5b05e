package dev.hyde.cli;

import dev.hyde.about.Versions;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.serve.PreviewServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hyde new}: the project it writes builds, serves and publishes as it is. */
class NewCommandTest {

    private static Path fresh() throws IOException {
        return Files.createTempDirectory("hyde-new").resolve("my-docs");
    }

    @Test
    void theNewProjectBuildsWithTheBuiltInThemeAndNoWarnings() throws IOException {
        Path dir = fresh();
        CliRun created = CliRun.of("new", dir.toString());
        assertEquals(0, created.exitCode(), created.all());
        assertTrue(created.out().startsWith("Created a Hyde project in " + dir + ": 11 files written."), created.all());
        assertTrue(created.out().contains("hyde serve"), created.all());
        assertFalse(Files.exists(dir.resolve("templates")), "the theme stays in Hyde's jar");

        CliRun built = CliRun.of("build", dir.toString(), "--strict");
        assertEquals(0, built.exitCode(), built.all());
        assertEquals("", built.err(), "no warning: " + built.all());
        assertTrue(built.out().startsWith("Built a Hyde project: 6 pages and "), built.all());

        Document home = Jsoup.parse(dir.resolve("site/index.html").toFile());
        assertEquals("My docs", home.expectFirst("h1.doc-title").text());
        assertEquals("My docs", home.expectFirst("a.site-title").text());
        List<String> sections = home.select("nav#sidebar li.nav-section > details > summary").eachText();
        assertEquals(List.of("Guide", "Reference"), sections);
        assertEquals(List.of("/guide/", "/guide/install/", "/guide/first-steps/"),
                home.select("nav#sidebar li.nav-section").first().select("li > a").eachAttr("href"));

        Document steps = Jsoup.parse(dir.resolve("site/guide/first-steps/index.html").toFile());
        assertEquals("this site is called \u201cMy docs\u201d.",
                steps.expectFirst("h2#run + p").text().replaceFirst("^.*?(this site)", "$1"));
        assertEquals(List.of("Linux", "Windows"), steps.select("div.tabs button[role=tab]").eachText());
        assertEquals("config.yml", steps.expectFirst("div.code-block .code-title").text());
        Document install = Jsoup.parse(dir.resolve("site/guide/install/index.html").toFile());
        assertEquals("Tip", install.expectFirst("div.admonition.tip .admonition-title").text());
        assertEquals("/guide/first-steps/", install.expectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void theNewProjectBuildsBelowABasePathAsOnGitHubPages() throws IOException {
        Path dir = fresh();
        assertEquals(0, CliRun.of("new", dir.toString()).exitCode());
        // what the generated workflow writes before building
        Files.writeString(dir.resolve("_config.pages.yml"), "baseurl: \"/my-docs\"\nurl: \"https://acme.github.io\"\n");
        CliRun built = CliRun.of("build", dir.toString(), "--strict",
                "--config", dir.resolve("_config.yml") + "," + dir.resolve("_config.pages.yml"));
        assertEquals(0, built.exitCode(), built.all());
        assertEquals("", built.err(), built.all());
        Document home = Jsoup.parse(dir.resolve("site/index.html").toFile());
        assertTrue(home.select("nav#sidebar a").eachAttr("href").stream().allMatch(h -> h.startsWith("/my-docs/")),
                home.select("nav#sidebar").outerHtml());
        assertTrue(Files.readString(dir.resolve("site/sitemap.xml")).contains("<loc>https://acme.github.io/my-docs/guide/install/</loc>"));
    }

    @Test
    void thePreviewServerAnswersTheHomePage() throws Exception {
        Path dir = fresh();
        assertEquals(0, CliRun.of("new", dir.toString()).exitCode());
        try (PreviewServer server = PreviewServer.start(BuildOptions.of(dir), "127.0.0.1", 0, rebuild -> { })) {
            assertEquals(List.of(), server.diagnostics());
            HttpURLConnection c = (HttpURLConnection) server.address().toURL().openConnection();
            assertEquals(200, c.getResponseCode());
            try (InputStream in = c.getInputStream()) {
                Document home = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertEquals("My docs", home.expectFirst("h1.doc-title").text());
            }
        }
    }

    @Test
    void thePomDeclaresThisHydeAndExplainsThePrefix() throws IOException {
        Path dir = fresh();
        assertEquals(0, CliRun.of("new", dir.toString()).exitCode());
        Document pom = Jsoup.parse(Files.readString(dir.resolve("pom.xml")), "", Parser.xmlParser());
        Document ours = Jsoup.parse(Files.readString(Path.of("pom.xml")), "", Parser.xmlParser());
        String version = ours.expectFirst("project > version").text();
        assertEquals(version, Versions.hyde(), "the version comes from the build");
        assertEquals(version, pom.expectFirst("project > properties > hyde\\.plugin\\.version").text());
        Element plugin = pom.expectFirst("project > build > plugins > plugin");
        assertEquals("dev.hyde", plugin.expectFirst("groupId").text());
        assertEquals("hyde", plugin.expectFirst("artifactId").text());
        assertEquals("my-docs", pom.expectFirst("project > artifactId").text());
        String text = Files.readString(dir.resolve("pom.xml"));
        assertTrue(text.contains("mvn dev.hyde:hyde:generate"), text);
        assertTrue(text.contains("prefix"), text);
        assertEquals("-Xmx1g -Xms512m -XX:+UseParallelGC -XX:TieredStopAtLevel=1", Files.readString(dir.resolve(".mvn/jvm.config")).strip());
    }

    @Test
    void theGitignoreAndTheWorkflowPublishTheSite() throws IOException {
        Path dir = fresh();
        assertEquals(0, CliRun.of("new", dir.toString(), "--title", "Acme \"Docs\"").exitCode());
        List<String> ignored = Files.readAllLines(dir.resolve(".gitignore"));
        assertTrue(ignored.contains("/site/") && ignored.contains("/.hyde/"), ignored.toString());

        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> workflow = yaml.load(Files.readString(dir.resolve(".github/workflows/pages.yml")));
        Map<?, ?> jobs = (Map<?, ?>) workflow.get("jobs");
        List<?> build = (List<?>) ((Map<?, ?>) jobs.get("build")).get("steps");
        String uses = build.stream().map(s -> String.valueOf(((Map<?, ?>) s).get("uses"))).toList().toString();
        assertTrue(uses.contains("actions/upload-pages-artifact"), uses);
        String run = build.stream().map(s -> String.valueOf(((Map<?, ?>) s).get("run"))).filter(r -> !r.equals("null"))
                .findFirst().orElseThrow();
        assertTrue(run.contains("mvn -B site:generate"), run);
        Map<?, ?> upload = (Map<?, ?>) build.stream().filter(s -> String.valueOf(((Map<?, ?>) s).get("uses"))
                .startsWith("actions/upload-pages-artifact")).findFirst().orElseThrow();
        assertEquals("site", ((Map<?, ?>) upload.get("with")).get("path"));
        List<?> deploy = (List<?>) ((Map<?, ?>) jobs.get("deploy")).get("steps");
        assertTrue(deploy.toString().contains("actions/deploy-pages"), deploy.toString());

        Map<String, Object> config = yaml.load(Files.readString(dir.resolve("_config.yml")));
        assertEquals("Acme \"Docs\"", config.get("title"), "a title with quotes stays one YAML string");
        assertEquals(0, CliRun.of("build", dir.toString()).exitCode());
        assertEquals("Acme \"Docs\"", Jsoup.parse(dir.resolve("site/index.html").toFile()).expectFirst("a.site-title").text());
    }

    /** Every file kept for the scaffold is written (dot-files are kept without their dot). */
    @Test
    void everyScaffoldFileIsWritten() throws IOException {
        Path dir = fresh();
        assertEquals(0, CliRun.of("new", dir.toString()).exitCode());
        Path resources = Path.of("src/main/resources/dev/hyde/scaffold");
        java.util.Set<String> kept;
        try (var walk = Files.walk(resources)) {
            kept = walk.filter(Files::isRegularFile).map(p -> resources.relativize(p).toString())
                    .map(p -> p.equals("gitignore") || p.startsWith("mvn/") || p.startsWith("github/") ? "." + p : p)
                    .collect(java.util.stream.Collectors.toSet());
        }
        java.util.Set<String> written;
        try (var walk = Files.walk(dir)) {
            written = walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toSet());
        }
        assertEquals(kept, written);
    }

    @Test
    void aFileIsRefusedWithExitCodeTwo() throws IOException {
        Path dir = fresh();
        Files.createDirectories(dir.getParent());
        Files.writeString(dir, "notes");
        CliRun run = CliRun.of("new", dir.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: Not a folder: " + dir + "\n"), run.all());
        assertTrue(run.err().contains("hint: "), run.all());
        CliRun below = CliRun.of("new", dir.resolve("docs").toString());
        assertEquals(2, below.exitCode(), below.all());
        assertTrue(below.err().contains("error: Not a folder: " + dir), below.all());
        assertEquals("notes", Files.readString(dir));
    }

    @Test
    void aFolderWithFilesIsRefusedUnlessForcedAndItsFilesAreKept() throws IOException {
        Path dir = fresh();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".gitignore"), "mine\n");
        Files.writeString(dir.resolve("README.md"), "# Mine\n");
        CliRun refused = CliRun.of("new", dir.toString());
        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: Folder is not empty: " + dir + "\n  It holds .gitignore, README.md."),
                refused.all());
        assertTrue(refused.err().contains("--force"), refused.all());
        assertFalse(Files.exists(dir.resolve("pom.xml")), "nothing written");

        CliRun forced = CliRun.of("new", dir.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.all());
        assertTrue(forced.out().contains("10 files written.\nKept as they were: .gitignore."), forced.all());
        assertEquals("mine\n", Files.readString(dir.resolve(".gitignore")));
        assertTrue(Files.isRegularFile(dir.resolve("content/index.md")));

        Path empty = fresh();
        Files.createDirectories(empty);
        assertEquals(0, CliRun.of("new", empty.toString()).exitCode(), "an empty folder is fine");
    }

    @Test
    void aPathThatCannotBeWrittenFailsWithExitCodeOneWithoutAStackTrace() {
        // /proc refuses new folders even to root, who may write anywhere else
        CliRun run = CliRun.of("new", "/proc/hyde-new-docs");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: Cannot write the new project in /proc/hyde-new-docs\n"), run.all());
        assertTrue(run.err().contains("Writing pom.xml failed"), run.all());
        assertFalse(run.err().contains("\tat "), run.all());
    }

    @Test
    void aDirectoryIsRequired() {
        CliRun run = CliRun.of("new");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("Missing required parameter: 'DIR'"), run.all());
    }
}
