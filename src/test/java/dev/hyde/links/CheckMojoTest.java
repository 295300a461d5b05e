package dev.hyde.links;

import dev.hyde.TestSite;
import dev.hyde.maven.CheckMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mvn site:check}, with its parameters set as Maven sets them (into the fields). */
class CheckMojoTest {

    @TempDir
    Path tmp;

    private final List<String> logged = new ArrayList<>();

    private CheckMojo mojo(Path site, String baseurl, File json) throws Exception {
        CheckMojo mojo = new CheckMojo();
        set(mojo, "siteDirectory", site.toFile());
        set(mojo, "baseurl", baseurl);
        set(mojo, "siteUrl", "");
        set(mojo, "external", false);
        set(mojo, "json", json);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add("[INFO] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                logged.add("[WARNING] " + content);
            }

            @Override
            public void error(CharSequence content) {
                logged.add("[ERROR] " + content);
            }
        });
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = CheckMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Test
    void logsEachProblemAndFailsTheBuildOnABrokenLink() throws Exception {
        Path site = TestSite.write("""
                -- index.html --
                <h1 id="a">A</h1><p id="a">again</p>
                <a href="/docs/guide/">Guide</a> <a href="/docs/guid/">Mistyped</a>
                -- guide/index.html --
                <a href="../">Home</a>
                """);
        Path json = tmp.resolve("check.json");
        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> mojo(site, "/docs", json.toFile()).execute());
        assertEquals("Checked 2 pages, 3 links: 1 broken, 1 warning.", failure.getMessage());
        assertEquals(List.of(
                "[WARNING] warning: " + site + "/index.html:1:25: Duplicate id on one page: a\n"
                        + "  The id was used first at line 1, column 9.\n"
                        + "  hint: Links to #a reach only the first element with it: give each its own id.",
                "[ERROR] error: " + site + "/index.html:2:43: Link target not found: /docs/guid/\n"
                        + "  The <a href> leads to /docs/guid/, which no file of the site serves.\n"
                        + "  hint: Did you mean /docs/guide/?",
                "[INFO] Wrote the JSON report to " + json), logged);
        assertTrue(Files.readString(json).contains("\"problem\" : \"target-not-found\""));
    }

    @Test
    void passesWhenEveryLinkLeadsSomewhere() throws Exception {
        Path site = TestSite.write("""
                -- index.html --
                <a href="guide/">Guide</a>
                -- guide/index.html --
                <a href="../">Home</a>
                """);
        assertDoesNotThrow(() -> mojo(site, "", null).execute());
        assertEquals(List.of("[INFO] Checked 2 pages, 2 links: no broken links."), logged);
    }

    @Test
    void aMissingSiteFailsWithTheDiagnostic() throws Exception {
        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> mojo(tmp.resolve("site"), "", null).execute());
        assertEquals("error: Site folder does not exist: " + tmp.resolve("site") + "\n"
                + "  hint: Build the site first, or name the folder that holds it (hyde check _site).",
                failure.getMessage());
    }
}
