package dev.hyde.diag;

import dev.hyde.Hyde;
import dev.hyde.ProcessRun;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The libraries Hyde drives (Liqp and its ANTLR parser, FreeMarker, SnakeYAML, Dart Sass) print
 * nothing of their own: a build's terminal output is Hyde's diagnostics and summary, and nothing
 * else. Each build runs the command line in a JVM of its own, so whatever any library writes to
 * standard output or error, directly or through java.util.logging or SLF4J, is seen.
 */
class LibraryOutputTest {
    private static final String BROKEN = """
            -- content/index.md --
            ---
            title: Home
            title: Home again
            ---
            Hello {{ site.data.team.lead }}
            -- content/parse.md --
            ---
            title: Parse
            ---
            {% if %}x{% endif %} and {{ 'a' | }} and {% for x in %}{% endfor %}
            -- content/render.md --
            ---
            title: Render
            ---
            {{ 'a' | truncate: 'x' }}
            -- content/include.md --
            ---
            title: Include
            ---
            {% include missing.html %}
            -- content/layout.md --
            ---
            title: Layout
            layout: broken
            ---
            Body
            -- templates/broken.ftlh --
            <p>${page.nothing}</p><#if>
            -- templates/worse.ftlh --
            <p>${page.nothing.deeper}</p>
            -- content/style.scss --
            ---
            ---
            @warn "careful";
            @debug "looking";
            @import "base";
            a { b: 1px + 1s; }
            -- templates/_sass/_base.scss --
            p { margin: 0; }
            -- _data/team.yml --
            lead: Ann
            lead: Bob
            """;

    private static final String WARNINGS_ONLY = """
            -- content/index.md --
            ---
            title: Home
            title: Home again
            ---
            Hello {{ site.data.team.lead }}
            -- content/style.scss --
            ---
            ---
            @warn "careful";
            @debug "looking";
            @import "base";
            a { color: red; }
            -- templates/_sass/_base.scss --
            p { margin: 0; }
            -- _data/team.yml --
            lead: Ann
            lead: Bob
            """;

    @Test
    void aFailingBuildPrintsHydesDiagnosticsAndNothingElse() {
        Path root = TestSite.write(BROKEN);
        BuildResult inProcess = Hyde.build(BuildOptions.of(root));
        assertFalse(inProcess.succeeded());
        List<String> titles = inProcess.diagnostics().stream().map(Diagnostic::title).toList();
        for (String expected : List.of("Sass error", "Sass warning", "Sass @debug", "Duplicate YAML key: title",
                "Duplicate YAML key: lead", "Include not found: missing.html")) {
            assertTrue(titles.contains(expected), expected + " in " + titles);
        }

        ProcessRun cli = cli(root);
        assertEquals(1, cli.exitCode(), cli.output());
        String expected = DiagnosticFormatter.formatAll(inProcess.diagnostics()) + "\n"
                + "Build failed; " + inProcess.destination() + " was left as it was.\n";
        assertEquals(expected, withoutProgress(cli.output()));
    }

    @Test
    void aBuildWithWarningsPrintsThemAndItsSummaryOnly() {
        Path root = TestSite.write(WARNINGS_ONLY);
        BuildResult inProcess = Hyde.build(BuildOptions.of(root));
        assertTrue(inProcess.succeeded(), () -> DiagnosticFormatter.formatAll(inProcess.diagnostics()));
        assertEquals(List.of("Duplicate YAML key: lead", "Duplicate YAML key: title", "Sass @debug",
                        "Sass deprecation", "Sass warning"),
                inProcess.diagnostics().stream().map(Diagnostic::title).sorted().toList());
        Diagnostic warn = inProcess.diagnostics().stream().filter(d -> d.title().equals("Sass warning"))
                .findFirst().orElseThrow();
        assertEquals("content/style.scss", warn.file());
        assertEquals(3, warn.line(), () -> DiagnosticFormatter.formatAll(inProcess.diagnostics()));
        assertTrue(warn.detail().contains("careful"), warn.detail());

        ProcessRun cli = cli(root);
        assertEquals(0, cli.exitCode(), cli.output());
        List<String> lines = new ArrayList<>(withoutProgress(cli.output()).lines().toList());
        String last = lines.remove(lines.size() - 1);
        assertTrue(last.matches("Built a .*: 2 pages and \\d+ files copied into .* in \\d+ ms"), last);
        assertEquals(DiagnosticFormatter.formatAll(inProcess.diagnostics()), String.join("\n", lines));
    }

    /**
     * The output without Hyde's own progress lines, which a build run without a terminal prints
     * every few seconds ("rendering 1/2 pages, 1 pages/s", or a stage's name and "...", such as
     * "writing..."): on a busy machine even these two pages take that long. A diagnostic's line
     * starts with its severity and a colon, or is indented, so it is never taken for one.
     */
    private static String withoutProgress(String output) {
        return output.lines().filter(line -> !PROGRESS.matcher(line).matches())
                .map(line -> line + "\n").collect(java.util.stream.Collectors.joining());
    }

    private static final java.util.regex.Pattern PROGRESS =
            java.util.regex.Pattern.compile("rendering \\d+/\\d+ pages(, \\d+ pages/s)?|[a-z][a-z ]*\\.\\.\\.");

    private static ProcessRun cli(Path root) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return ProcessRun.run(root, List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.hyde.cli.Main", "build", root.toString()), 120);
    }
}
