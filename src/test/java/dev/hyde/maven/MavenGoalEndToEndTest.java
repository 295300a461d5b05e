package dev.hyde.maven;

import dev.hyde.ProcessRun;
import dev.hyde.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@code mvn site:generate} on a temporary project that uses the installed plugin. */
class MavenGoalEndToEndTest {

    private static final String POM = """
            -- pom.xml --
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>test.docs</groupId>
              <artifactId>docs</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
              <build>
                <plugins>
                  <plugin>
                    <groupId>dev.hyde</groupId>
                    <artifactId>hyde</artifactId>
                    <version>%s</version>
                  </plugin>
                </plugins>
              </build>
            </project>
            """.formatted(System.getProperty("hyde.version"));

    private static ProcessRun mvn(Path dir, String... goals) {
        String mvn = Path.of(System.getProperty("hyde.mavenHome"), "bin", "mvn").toString();
        List<String> command = new java.util.ArrayList<>(List.of(mvn, "-B", "-o",
                "-Dmaven.repo.local=" + System.getProperty("hyde.localRepository")));
        command.addAll(List.of(goals));
        return ProcessRun.run(dir, command, 300);
    }

    @Test
    void siteGenerateBuildsTheSite() throws IOException {
        Path root = TestSite.write(POM + """
                -- content/index.md --
                ---
                title: Home
                ---
                Version {{ site.data.product.version }}
                -- _data/product.yml --
                version: "2.0"
                """);
        ProcessRun run = mvn(root, "site:generate");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("1 page and"), run.output());
        assertEquals("Version 2.0", Jsoup.parse(root.resolve("site/index.html").toFile()).expectFirst("main p").text());
    }

    @Test
    void aVersionOfTheDocsGoesIntoItsOwnFolder() throws IOException {
        Path root = TestSite.write(POM + """
                -- _config.yml --
                versions:
                  - name: "1.0"
                -- content/index.md --
                ---
                title: Home
                ---
                Version one
                """);
        ProcessRun run = mvn(root, "site:generate", "-Dhyde.docsVersion=1.0");
        assertEquals(0, run.exitCode(), run.output());
        assertEquals("Version one", Jsoup.parse(root.resolve("site/1.0/index.html").toFile()).expectFirst(".doc-body p").text());
        assertTrue(Files.readString(root.resolve("site/versions.json")).contains("\"latest\" : \"1.0\""));
    }

    @Test
    void errorsFailTheMavenBuildWithFileAndLine() {
        Path root = TestSite.write(POM + """
                -- content/index.md --
                ---
                title: Home
                layout: missing
                ---
                Hi
                """);
        ProcessRun run = mvn(root, "site:generate");
        assertTrue(run.exitCode() != 0, run.output());
        assertTrue(run.output().contains("BUILD FAILURE"), run.output());
        assertTrue(run.output().contains("content/index.md:3: Layout not found: missing"), run.output());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void siteCheckFailsTheBuildOnABrokenLinkOfTheBuiltSite() throws IOException {
        Path root = TestSite.write(POM + """
                -- site/index.html --
                <a href="/guide/">Guide</a>
                <a href="/guide/#setup">Setup</a>
                -- site/guide/index.html --
                <h2 id="set-up">Set up</h2>
                """);
        ProcessRun run = mvn(root, "site:check");
        assertTrue(run.exitCode() != 0, run.output());
        assertTrue(run.output().contains("[ERROR] error: " + root.resolve("site") + "/index.html:2:10: "
                + "Anchor not found: /guide/#setup"), run.output());
        assertTrue(run.output().contains("Checked 2 pages, 2 links: 1 broken."), run.output());

        Files.writeString(root.resolve("site/index.html"), "<a href=\"/guide/#set-up\">Setup</a>");
        ProcessRun fixed = mvn(root, "site:check");
        assertEquals(0, fixed.exitCode(), fixed.output());
        assertTrue(fixed.output().contains("[INFO] Checked 2 pages, 1 link: no broken links."), fixed.output());
    }

    /** The goal needs no pom; the project it writes builds with the site: prefix, through its own pom. */
    @Test
    void theNewGoalWritesAProjectThatSiteGenerateBuilds() throws IOException {
        Path empty = Files.createTempDirectory("hyde-mvn-new");
        ProcessRun created = mvn(empty, "dev.hyde:hyde:" + System.getProperty("hyde.version") + ":new",
                "-Dhyde.directory=team-docs");
        assertEquals(0, created.exitCode(), created.output());
        assertTrue(created.output().contains("[INFO] Created a Hyde project in " + empty.resolve("team-docs")), created.output());
        assertTrue(created.output().contains("mvn site:generate"), created.output());

        Path docs = empty.resolve("team-docs");
        ProcessRun built = mvn(docs, "site:generate", "-Dhyde.strict=true");
        assertEquals(0, built.exitCode(), built.output());
        assertTrue(built.output().contains("Built a Hyde project: 6 pages and"), built.output());
        assertFalse(built.output().contains("[WARNING]"), built.output());
        org.jsoup.nodes.Document home = Jsoup.parse(docs.resolve("site/index.html").toFile());
        assertEquals("Team docs", home.expectFirst("h1.doc-title").text());
        assertEquals(List.of("Guide", "Reference"), home.select("nav#sidebar li.nav-section summary").eachText());

        ProcessRun again = mvn(empty, "dev.hyde:hyde:" + System.getProperty("hyde.version") + ":new",
                "-Dhyde.directory=team-docs");
        assertTrue(again.exitCode() != 0, again.output());
        assertTrue(again.output().contains("Folder is not empty: " + docs), again.output());
    }

    /**
     * Beside maven-site-plugin, the site: prefix means the first of the two the pom declares (Maven
     * takes the first declared plugin with that prefix); the full name always means Hyde. README,
     * "Hyde and maven-site-plugin", says so.
     */
    @Test
    void besideMavenSitePluginThePrefixFollowsTheOrderAndTheFullNameIsAlwaysHyde() throws IOException {
        String mavenSite = """
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-site-plugin</artifactId>
                        <version>3.21.0</version>
                      </plugin>
                """;
        String hyde = """
                      <plugin>
                        <groupId>dev.hyde</groupId>
                        <artifactId>hyde</artifactId>
                        <version>%s</version>
                        <configuration>
                          <outputDirectory>${project.basedir}/docs-site</outputDirectory>
                        </configuration>
                      </plugin>
                """.formatted(System.getProperty("hyde.version"));
        Path hydeFirst = bothPlugins(hyde + mavenSite);
        ProcessRun prefix = mvn(hydeFirst, "site:generate");
        assertEquals(0, prefix.exitCode(), prefix.output());
        assertEquals("Both", Jsoup.parse(hydeFirst.resolve("docs-site/index.html").toFile()).expectFirst(".doc-body p").text());

        Path siteFirst = bothPlugins(mavenSite + hyde);
        ProcessRun other = mvn(siteFirst, "site:generate");
        assertTrue(other.exitCode() != 0, other.output());
        assertTrue(other.output().contains("Could not find goal 'generate' in plugin org.apache.maven.plugins:maven-site-plugin"),
                other.output());
        ProcessRun full = mvn(siteFirst, "dev.hyde:hyde:generate");
        assertEquals(0, full.exitCode(), full.output());
        assertTrue(Files.isRegularFile(siteFirst.resolve("docs-site/index.html")));
    }

    private static Path bothPlugins(String plugins) {
        return TestSite.write("""
                -- pom.xml --
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>test.docs</groupId>
                  <artifactId>both</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                """ + plugins + """
                    </plugins>
                  </build>
                </project>
                -- content/index.md --
                ---
                title: Home
                ---
                Both
                """);
    }

    @Test
    void siteHelpDescribesTheGoals() {
        Path root = TestSite.write(POM);
        ProcessRun run = mvn(root, "site:help");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("site:generate"), run.output());
        assertTrue(run.output().contains("site:check"), run.output());
    }
}
