package dev.hyde;

import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.diag.DiagnosticFormatter;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three versions of one documentation site, each its own project as a checkout of its release
 * would be, published side by side under {@code /docs}: 1.0 and 1.1 have a page "Old API" that
 * 2.0 removed, 2.0 has a page "New feature" the others lack; all three have "Install". Each was
 * built with the versions list of its own release, as happens over a project's life: 1.0 knew
 * only itself, 2.0 lists all three and is the latest.
 */
public final class VersionedSites {
    public static final String CONFIG_2_0 = """
            title: Docs
            baseurl: /docs
            versions:
              - name: "2.0"
                label: "2.0 (current)"
                latest: true
              - name: "1.1"
              - name: "1.0"
            """;

    private VersionedSites() {
    }

    public static Path project(String version, String versions, boolean oldApi, boolean newFeature) {
        StringBuilder files = new StringBuilder("-- _config.yml --\n" + versions + """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome to version %1$s.
                -- content/guide/install.md --
                ---
                title: Install
                order: 1
                ---
                Install version %1$s.

                ## Requirements

                Java 17.
                """.formatted(version));
        if (oldApi) {
            files.append("""
                    -- content/guide/old-api.md --
                    ---
                    title: Old API
                    order: 2
                    ---
                    The old API of version %s.
                    """.formatted(version));
        }
        if (newFeature) {
            files.append("""
                    -- content/guide/new-feature.md --
                    ---
                    title: New feature
                    order: 3
                    ---
                    New in 2.0.
                    """);
        }
        return TestSite.write(files.toString());
    }

    /** Builds one version into {@code destination}, failing the test on any error. */
    public static BuildResult build(Path project, String version, Path destination) {
        BuildResult result = Hyde.build(BuildOptions.of(project).withTime(TestSite.TIME).withDestination(destination)
                .withVersion(version));
        assertTrue(result.succeeded(), () -> "build of " + version + " failed:\n"
                + DiagnosticFormatter.formatAll(result.diagnostics()));
        return result;
    }

    /** Publishes 1.0, then 1.1, then 2.0 into {@code destination}, each with the list of its time. */
    public static void publishAll(Path destination) {
        build(project("1.0", """
                title: Docs
                baseurl: /docs
                versions:
                  - name: "1.0"
                """, true, false), "1.0", destination);
        build(project("1.1", """
                title: Docs
                baseurl: /docs
                versions:
                  - name: "1.1"
                  - name: "1.0"
                """, true, false), "1.1", destination);
        build(project("2.0", CONFIG_2_0, false, true), "2.0", destination);
    }
}
