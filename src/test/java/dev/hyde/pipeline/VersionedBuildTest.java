package dev.hyde.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.VersionedSites;
import dev.hyde.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several versions of the docs built one at a time into one destination: what is written, and the bad lists. */
class VersionedBuildTest {
    private static Path destination() throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-sites")).toAbsolutePath(), "versions")
                .resolve("docs");
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file));
    }

    @Test
    void eachVersionIsAFolderOfItsOwnWithItsLinksInsideIt() throws IOException {
        Path dest = destination();
        VersionedSites.publishAll(dest);

        try (Stream<Path> top = Files.list(dest)) {
            assertEquals(List.of("1.0", "1.1", "2.0", "index.html", "versions.json"),
                    top.map(p -> p.getFileName().toString()).sorted().toList(), "nothing else beside the versions");
        }
        assertTrue(Files.isRegularFile(dest.resolve("1.0/guide/old-api/index.html")));
        assertFalse(Files.exists(dest.resolve("2.0/guide/old-api")));
        assertTrue(Files.isRegularFile(dest.resolve("2.0/guide/new-feature/index.html")));
        // Self-contained: every version has its own assets, and 404 page.
        for (String version : List.of("1.0", "1.1", "2.0")) {
            assertTrue(Files.isRegularFile(dest.resolve(version + "/assets/css/hyde.css")), version);
            assertTrue(Files.isRegularFile(dest.resolve(version + "/assets/js/versions.js")), version);
            assertTrue(Files.isRegularFile(dest.resolve(version + "/404.html")), version);
        }

        Document install = page(dest.resolve("2.0/guide/install/index.html"));
        for (Element link : install.select("link[href], script[src], nav#sidebar a[href]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertTrue(url.startsWith("/docs/2.0/"), "inside the version's folder: " + url);
        }
        assertEquals("/docs/2.0/", install.expectFirst("a.site-title").attr("href"));
    }

    @Test
    void versionsJsonListsTheVersionsOfTheLastBuildNewestFirst() throws IOException {
        Path dest = destination();
        VersionedSites.publishAll(dest);
        JsonNode index = new ObjectMapper().readTree(dest.resolve("versions.json").toFile());
        assertEquals("hyde-versions/1", index.get("format").asText());
        assertEquals("2.0", index.get("latest").asText());
        List<String> entries = new java.util.ArrayList<>();
        index.get("versions").forEach(v -> entries.add(v.get("name").asText() + "|" + v.get("label").asText() + "|"
                + v.get("url").asText()));
        assertEquals(List.of("2.0|2.0 (current)|/docs/2.0/", "1.1|1.1|/docs/1.1/", "1.0|1.0|/docs/1.0/"), entries);

        Document redirect = page(dest.resolve("index.html"));
        assertEquals("0; url=/docs/2.0/", redirect.expectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("/docs/2.0/", redirect.expectFirst("body a").attr("href"));
    }

    @Test
    void theSelectorAndBannerAreRenderedFromTheListOfTheBuild() throws IOException {
        Path dest = destination();
        VersionedSites.publishAll(dest);
        Document latest = page(dest.resolve("2.0/guide/install/index.html"));
        Element menu = latest.expectFirst("header .version-menu");
        assertEquals("2.0", menu.attr("data-version"));
        assertEquals("/docs", menu.attr("data-root"));
        assertEquals("/guide/install/", menu.attr("data-page"));
        assertEquals("/docs/versions.json", menu.attr("data-index"));
        assertEquals("Version 2.0 (current)", menu.expectFirst("summary").text());
        assertEquals(List.of("2.0 (current)", "1.1", "1.0"), menu.select(".version-list a").eachText());
        // From /docs/2.0/guide/install/ three steps up is /docs/: plain relative links work without scripts.
        assertEquals(List.of("../../../2.0/", "../../../1.1/", "../../../1.0/"),
                menu.select(".version-list a").eachAttr("href"));
        assertEquals("true", menu.expectFirst("a[data-version=2.0]").attr("aria-current"));
        assertTrue(latest.expectFirst(".version-banner").hasAttr("hidden"), "no banner on the latest");

        Document built = page(dest.resolve("1.1/guide/install/index.html"));
        assertTrue(built.expectFirst(".version-banner").hasAttr("hidden"),
                "1.1 was the latest of its own list; the page script shows the banner from versions.json");

        // 1.0 built again with today's list: the banner is in the page itself, for readers without scripts.
        VersionedSites.build(VersionedSites.project("1.0", VersionedSites.CONFIG_2_0, true, false), "1.0", dest);
        Element banner = page(dest.resolve("1.0/guide/install/index.html")).expectFirst("main .version-banner");
        assertFalse(banner.hasAttr("hidden"));
        assertEquals("You are reading the docs of 1.0. The latest is 2.0.", banner.text());
        assertEquals("../../../2.0/", banner.expectFirst("a").attr("href"));
        Document first = page(dest.resolve("1.0/index.html"));
        assertEquals("../2.0/", first.expectFirst(".version-list a").attr("href"), "one step up from a home page");
    }

    @Test
    void buildingAVersionLeavesTheOthersUntouchedAndAFailedBuildLeavesItsOwnFolder() throws IOException {
        Path dest = destination();
        VersionedSites.publishAll(dest);
        Map<String, byte[]> before = snapshot(dest);

        Path broken = VersionedSites.project("2.0", VersionedSites.CONFIG_2_0, false, true);
        TestSite.writeInto(broken, """
                -- content/guide/install.md --
                ---
                title: Install
                ---
                {% include missing.html %}
                """);
        BuildResult failed = Hyde.build(BuildOptions.of(broken).withDestination(dest).withVersion("2.0"));
        assertFalse(failed.succeeded());
        assertSameFiles(before, snapshot(dest));

        Path again = VersionedSites.project("1.1", """
                title: Docs
                baseurl: /docs
                versions:
                  - name: "1.1"
                  - name: "1.0"
                """, true, false);
        TestSite.writeInto(again, """
                -- content/guide/install.md --
                ---
                title: Install
                ---
                Install 1.1.1.
                """);
        VersionedSites.build(again, "1.1", dest);
        Map<String, byte[]> after = snapshot(dest);
        before.keySet().stream().filter(p -> p.startsWith("1.0/") || p.startsWith("2.0/"))
                .forEach(p -> assertArrayEquals(before.get(p), after.get(p), p));
        assertTrue(new String(after.get("1.1/guide/install/index.html")).contains("Install 1.1.1."));
        assertTrue(new String(after.get("versions.json")).contains("\"latest\" : \"1.1\""),
                "the list of the last build is published: " + new String(after.get("versions.json")));
        try (Stream<Path> top = Files.list(dest.getParent())) {
            assertEquals(List.of("docs"), top.map(p -> p.getFileName().toString()).toList(), "no staging left over");
        }
    }

    @Test
    void aBuildWithoutVersionIntoAFolderOfVersionsIsRefused() throws IOException {
        Path dest = destination();
        VersionedSites.publishAll(dest);
        Path project = VersionedSites.project("2.0", VersionedSites.CONFIG_2_0, false, true);
        BuildResult result = Hyde.build(BuildOptions.of(project).withDestination(dest));
        Diagnostic error = result.errors().get(0);
        assertEquals("The destination holds several versions of the docs", error.title());
        assertTrue(error.hint().contains("--version"), error.hint());
        assertTrue(Files.isDirectory(dest.resolve("1.0")));
    }

    @Test
    void aListedVersionThatIsNotPublishedIsAnErrorAtItsLine() throws IOException {
        Path dest = destination();
        Path project = VersionedSites.project("2.0", VersionedSites.CONFIG_2_0, false, true);
        BuildResult result = Hyde.build(BuildOptions.of(project).withDestination(dest).withVersion("2.0"));
        List<String> errors = result.errors().stream().map(d -> d.location() + " " + d.title()).toList();
        assertEquals(List.of("_config.yml:7 Version '1.1' is not published", "_config.yml:8 Version '1.0' is not published"),
                errors);
        assertTrue(result.errors().get(0).hint().contains("hyde build --version 1.1"));
        try (Stream<Path> written = Files.list(dest)) {
            assertEquals(List.of(), written.toList(), "nothing written");
        }
    }

    @Test
    void aVersionNotInTheListIsAnErrorAtTheList() throws IOException {
        Path dest = destination();
        VersionedSites.publishAll(dest);
        Path project = VersionedSites.project("3.0", VersionedSites.CONFIG_2_0, false, true);
        BuildResult result = Hyde.build(BuildOptions.of(project).withDestination(dest).withVersion("3.0"));
        Diagnostic error = result.errors().get(0);
        assertEquals("_config.yml:3 Version '3.0' is not in the versions list", error.location() + " " + error.title());
        assertEquals("The list names '2.0', '1.1', '1.0'.", error.detail());
        assertFalse(Files.exists(dest.resolve("3.0")));
    }

    @Test
    void aVersionWithoutAnyListNamesTheConfigurationFile() {
        Path project = VersionedSites.project("1.0", "title: Docs\n", false, false);
        BuildResult result = Hyde.build(BuildOptions.of(project).withVersion("1.0"));
        Diagnostic error = result.errors().get(0);
        assertEquals("Version '1.0' is not in the versions list", error.title());
        assertEquals("_config.yml", error.file());
        assertTrue(error.hint().contains("versions:"), error.hint());
    }

    @Test
    void badListsAreErrorsAtTheLineOfTheEntry() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: Docs
                versions:
                  - name: "2.0"
                    latest: true
                  - name: "1.1"
                  - name: "1.1"
                    label: again
                  - name: 1.10
                  - lable: x
                    name: "0.9"
                  - "../etc"
                  - name: "0.8"
                    latest: true
                  - 0.7
                -- content/index.md --
                Home
                """);
        List<String> found = errors.stream().map(d -> d.location() + " " + d.title()).toList();
        assertEquals(List.of(
                "_config.yml:6 Version '1.1' is listed twice",
                "_config.yml:8 Version name 1.10 is read as the number 1.1",
                "_config.yml:9 Unknown setting 'lable' in version entry 5",
                "_config.yml:11 Version name '../etc' cannot be a folder name",
                "_config.yml:12 Two versions are marked 'latest'"), found);
        assertTrue(errors.get(0).detail().contains("line 5"), errors.get(0).detail());
        assertEquals("Quote it: name: \"1.10\"", errors.get(1).hint());
    }

    @Test
    void aJekyllSiteKeepsItsOwnVersionsSettingUnlessItBuildsAVersion() {
        String files = """
                -- _config.yml --
                versions:
                  supported: [1, 2]
                -- index.md --
                ---
                ---
                Supported: {{ site.versions.supported | join: "," }}
                """;
        TestSite site = TestSite.build(files);
        assertTrue(site.text("index.html").contains("Supported: 1,2"), site.text("index.html"));
        BuildResult versioned = Hyde.build(BuildOptions.of(TestSite.write(files)).withVersion("1"));
        assertEquals(List.of("_config.yml:1:1 'versions' is not a list"),
                versioned.errors().stream().map(d -> d.location() + " " + d.title()).toList());
    }

    @Test
    void theNotFoundPageEntersOtherVersionsAtTheirHome() throws IOException {
        Path dest = destination();
        VersionedSites.publishAll(dest);
        Element menu = page(dest.resolve("2.0/404.html")).expectFirst(".version-menu");
        assertEquals("/", menu.attr("data-page"), "a 404 page is served at any missing URL");
    }

    @Test
    void aVersionNameThatIsNoFolderNameIsRefusedBeforeAnythingIsRead() {
        Path project = VersionedSites.project("1.0", "title: Docs\n", false, false);
        BuildResult result = Hyde.build(BuildOptions.of(project).withVersion("../x"));
        assertEquals("Version '../x' cannot be a folder name", result.errors().get(0).title());
        assertFalse(Files.exists(project.resolve("x")));
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
