package dev.hyde.links;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.hyde.links.FolderCheckTest.hyde;
import static dev.hyde.links.FolderCheckTest.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Symbolic links in a checked folder: followed inside it, reported and never read when they leave it. */
class FolderCheckLinksTest {

    @TempDir
    Path outside;

    @Test
    void aLinkLeavingTheFolderIsAnErrorAndWhatItLeadsToIsNeverRead() throws Exception {
        Files.writeString(outside.resolve("secret.html"), "<a href=\"/from-outside/\">never read</a>");
        Path elsewhere = Files.createDirectories(outside.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("page.html"), "<a href=\"/also-outside/\">never read</a>");
        Path site = TestSite.write("""
                -- index.html --
                <h1 id="top-heading">Home</h1>
                <a href="/secret.html">a file linked from outside</a>
                <a href="/inside.html#top-heading">a link inside the folder</a>
                """);
        Files.createSymbolicLink(site.resolve("secret.html"), outside.resolve("secret.html"));
        Files.createSymbolicLink(site.resolve("private"), elsewhere);
        Files.createSymbolicLink(site.resolve("inside.html"), site.resolve("index.html"));
        Files.createSymbolicLink(site.resolve("dangling.html"), site.resolve("gone.html"));

        String shown = typed(site);
        FolderCheckTest.Run run = hyde(shown);
        assertEquals(1, run.exitCode(), run.all());
        String out = run.out();
        assertTrue(out.startsWith("""
                error: %1$s/dangling.html: Broken symbolic link
                  %1$s/dangling.html is a link to %2$s, which does not exist.
                  hint: Fix or remove the link.
                error: %1$s/private: Link leads outside the site folder
                  %1$s/private is a link to %3$s, which is outside %4$s.
                  hint: A web server may not follow it, and the check reads nothing outside the folder: \
                copy the file into the site, or make the link point inside it.
                error: %1$s/secret.html: Link leads outside the site folder
                  %1$s/secret.html is a link to %5$s, which is outside %4$s.
                """.formatted(shown, site.resolve("gone.html"), elsewhere.toRealPath(), site.toRealPath(),
                outside.resolve("secret.html").toRealPath())), run.all());
        // the link inside the folder is followed and its page checked; the file outside is linked to, not read
        assertTrue(out.endsWith("Checked 2 pages, 4 links: 3 errors.\n"), run.all());
        assertFalse(out.contains("from-outside") || out.contains("also-outside"), run.all());
    }
}
