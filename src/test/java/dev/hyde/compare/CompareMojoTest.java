package dev.hyde.compare;

import dev.hyde.maven.CompareMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.hyde.compare.Sites.page;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mvn site:compare}, with its parameters set as Maven sets them (into the fields). */
class CompareMojoTest {

    @TempDir
    Path tmp;

    private final List<String> logged = new ArrayList<>();

    private CompareMojo mojo(Path reference, Path site, boolean failOnDifference) throws Exception {
        CompareMojo mojo = new CompareMojo();
        set(mojo, "reference", reference.toFile());
        set(mojo, "site", site.toFile());
        set(mojo, "failOnDifference", failOnDifference);
        set(mojo, "worst", 20);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }
        });
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = CompareMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Test
    void logsTheReportAndFailsOnlyWhenAskedTo() throws Exception {
        Path reference = Sites.write(tmp.resolve("reference"), "index.html", page("Home", "<p>old words</p>"));
        Path site = Sites.write(tmp.resolve("site"), "index.html", page("Home", "<p>new words</p>"));

        assertDoesNotThrow(() -> mojo(reference, site, false).execute());
        assertTrue(logged.contains("  text: 2 words differ: [-old-] {+new+} words"), logged.toString());
        assertEquals("1 page: 1 present, 0 same text, 1 same titles and heading ids, 1 same links, 0 missing, 0 extra",
                logged.get(logged.size() - 1));

        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> mojo(reference, site, true).execute());
        assertTrue(failure.getMessage().contains("0 same text"), failure.getMessage());
        assertDoesNotThrow(() -> mojo(reference, reference, true).execute());
    }

    @Test
    void aMissingSiteFailsWithTheDiagnostic() throws Exception {
        Path reference = Sites.write(tmp.resolve("reference"), "index.html", page("Home", ""));
        CompareMojo mojo = mojo(reference, tmp.resolve("site"), false);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("error: Site folder does not exist: "
                + new File(tmp.resolve("site").toString())), failure.getMessage());
        assertTrue(failure.getMessage().contains("hint: Build the site first"), failure.getMessage());
    }
}
