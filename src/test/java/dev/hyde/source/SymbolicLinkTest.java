package dev.hyde.source;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rule for links in every input folder: followed inside the project, an error naming the link
 * and its target when it leaves the project, is broken or loops; never a silent copy or skip.
 */
class SymbolicLinkTest {
    private static final String HYDE_SITE = """
            -- content/index.md --
            ---
            title: Home
            ---
            Hello {{ site.data.team.lead }} {% include note.html %}
            -- templates/_includes/note.html --
            <em>note</em>
            -- _data/team.yml --
            lead: Ann
            -- notes/shared.md --
            ---
            title: Shared
            ---
            Shared page
            """;

    @Test
    void aLinkToAFileOutsideTheProjectIsAnErrorAndNothingIsPublished() throws IOException {
        Path root = TestSite.write(HYDE_SITE);
        Map<String, String> before = build(root, true);
        Path secret = outsideFile("secret.txt", "root:x:0:0\n");
        Files.createSymbolicLink(root.resolve("content/passwd.txt"), secret);

        Diagnostic e = onlyError(root);
        assertEquals("Link leads outside the project", e.title());
        assertEquals("content/passwd.txt", e.file());
        assertTrue(e.detail().contains(secret.toRealPath().toString()), e.detail());
        assertFalse(e.hint().isEmpty());
        assertEquals(before, snapshot(root.resolve("site")), "a failed build leaves site/ as it was");
    }

    @Test
    void aLinkToAFolderOutsideTheProjectIsAnErrorNotASilentSkip() throws IOException {
        Path root = TestSite.write(HYDE_SITE);
        Path folder = outsideFile("docs/page.md", "---\ntitle: Elsewhere\n---\nx\n").getParent();
        Files.createSymbolicLink(root.resolve("content/elsewhere"), folder);
        Diagnostic e = onlyError(root);
        assertEquals("Link leads outside the project", e.title());
        assertEquals("content/elsewhere", e.file());
    }

    @Test
    void everyInputFolderFollowsTheSameRule() throws IOException {
        Path secret = outsideFile("secret.yml", "lead: Mallory\n");
        for (String link : List.of("templates/_includes/leak.html", "_data/leak.yml", "templates/assets/leak.css",
                "templates/leak.ftlh")) {
            Path root = TestSite.write(HYDE_SITE);
            Files.createDirectories(root.resolve(link).getParent());
            Files.createSymbolicLink(root.resolve(link), secret);
            Diagnostic e = onlyError(root);
            assertEquals("Link leads outside the project", e.title(), link);
            assertEquals(link, e.file());
        }
    }

    @Test
    void linksInsideTheProjectAreFollowed() throws IOException {
        Path root = TestSite.write(HYDE_SITE);
        Files.createSymbolicLink(root.resolve("content/shared.md"), root.resolve("notes/shared.md"));
        Files.createSymbolicLink(root.resolve("content/notes"), Path.of("../notes"));
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertTrue(result.succeeded(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        assertTrue(Files.readString(root.resolve("site/shared/index.html")).contains("Shared page"));
        assertTrue(Files.readString(root.resolve("site/notes/shared/index.html")).contains("Shared page"));
    }

    @Test
    void aBrokenLinkIsAnError() throws IOException {
        Path root = TestSite.write(HYDE_SITE);
        Files.createSymbolicLink(root.resolve("content/gone.md"), Path.of("nowhere.md"));
        Diagnostic e = onlyError(root);
        assertEquals("Broken link", e.title());
        assertEquals("content/gone.md", e.file());
        assertTrue(e.detail().contains("nowhere.md"), e.detail());
    }

    @Test
    void aLinkToAFolderAboveItIsALoopNotAnEndlessWalk() throws IOException {
        Path root = TestSite.write(HYDE_SITE);
        Files.createDirectories(root.resolve("content/sub"));
        Files.createSymbolicLink(root.resolve("content/sub/up"), Path.of(".."));
        Diagnostic e = onlyError(root);
        assertEquals("Link loop", e.title());
        assertEquals("content/sub/up", e.file());
    }

    @Test
    void aJekyllSiteFollowsTheSameRule() throws IOException {
        Path root = TestSite.write("""
                -- _config.yml --
                title: J
                -- index.md --
                ---
                ---
                Hi
                """);
        Path secret = outsideFile("id_rsa", "PRIVATE\n");
        Files.createSymbolicLink(root.resolve("key.txt"), secret);
        Files.createDirectories(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("sub/loop"), Path.of(".."));
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertFalse(result.succeeded());
        List<String> found = result.errors().stream().map(d -> d.title() + " @ " + d.file()).toList();
        assertEquals(List.of("Link leads outside the project @ key.txt", "Link loop @ sub/loop"), found);
        assertFalse(Files.exists(root.resolve("_site/key.txt")));
    }

    @Test
    void theSassLoadPathFollowsTheSameRule() throws IOException {
        Path secret = outsideFile("_secret.scss", "$secret: 'root:x:0:0';\n");
        Path root = TestSite.write("""
                -- _config.yml --
                title: J
                -- index.md --
                ---
                ---
                Hi
                -- assets/main.scss --
                ---
                ---
                @import "leak";
                a { content: $secret; }
                -- _sass/_base.scss --
                a { color: red; }
                """);
        Files.createSymbolicLink(root.resolve("_sass/_leak.scss"), secret);
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertFalse(result.succeeded());
        assertEquals(1, result.errors().size(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        Diagnostic e = result.errors().get(0);
        assertEquals("Link leads outside the project", e.title());
        assertEquals("_sass/_leak.scss", e.file());
        assertTrue(e.detail().contains(secret.toRealPath().toString()), e.detail());
        assertFalse(Files.exists(root.resolve("_site/assets/main.css")));

        // a Hyde project's Sass folder, below templates/
        Path hyde = TestSite.write(HYDE_SITE + """
                -- content/style.scss --
                ---
                ---
                @import "leak";
                """);
        Files.createDirectories(hyde.resolve("templates/_sass"));
        Files.createSymbolicLink(hyde.resolve("templates/_sass/_leak.scss"), secret);
        Diagnostic h = onlyError(hyde);
        assertEquals("Link leads outside the project", h.title());
        assertEquals("templates/_sass/_leak.scss", h.file());
    }

    @Test
    void aLinkInsideTheProjectInTheSassLoadPathIsFollowed() throws IOException {
        Path root = TestSite.write("""
                -- _config.yml --
                title: J
                -- assets/main.scss --
                ---
                ---
                @import "shared";
                -- styles/_shared.scss --
                a { color: red; }
                """);
        Files.createDirectories(root.resolve("_sass"));
        Files.createSymbolicLink(root.resolve("_sass/_shared.scss"), root.resolve("styles/_shared.scss"));
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertTrue(result.succeeded(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        assertTrue(Files.readString(root.resolve("_site/assets/main.css")).contains("color: red"));
    }

    private static Diagnostic onlyError(Path root) {
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertFalse(result.succeeded(), "the build was expected to fail");
        assertEquals(1, result.errors().size(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        assertFalse(Files.exists(root.resolve("site/passwd.txt")));
        return result.errors().get(0);
    }

    private static Map<String, String> build(Path root, boolean mustSucceed) throws IOException {
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertEquals(mustSucceed, result.succeeded(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        return snapshot(root.resolve("site"));
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** A file in a folder of its own beside the test projects, so outside any of them. */
    private static Path outsideFile(String name, String text) throws IOException {
        Path base = Files.createDirectories(Path.of("target", "test-sites"));
        Path file = Files.createTempDirectory(base.toAbsolutePath(), "outside").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
