package dev.hyde.diag;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YAML that would take the heap or the stack is refused with its file and line. */
class YamlLimitsTest {
    private static final String PAGE = """
            -- content/index.md --
            ---
            title: Home
            ---
            Hello
            """;

    /** Nine levels of nine aliases: 387 million values once expanded. */
    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    private static Diagnostic onlyError(String files) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(files);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        return errors.get(0);
    }

    @Test
    void aliasBombInADataFileIsRefusedAtTheValueThatExpandsTooFar() {
        Diagnostic e = onlyError(PAGE + "-- _data/lols.yml --\n" + billionLaughs());
        assertEquals("YAML aliases expand too far", e.title());
        assertEquals("_data/lols.yml", e.file());
        // 'g' stands for 5.4 million values, the first over the limit.
        assertEquals(7, e.line());
        assertTrue(e.detail().contains("1,000,000"), e::toString);
    }

    @Test
    void aliasBombInFrontMatterIsRefusedAtItsLineInThePage() {
        Diagnostic e = onlyError("-- content/index.md --\n---\ntitle: Home\n" + billionLaughs() + "---\nHello\n");
        assertEquals("YAML aliases expand too far", e.title());
        assertEquals("content/index.md", e.file());
        assertEquals(9, e.line());
    }

    @Test
    void aliasBombInTheConfigurationIsRefused() {
        Diagnostic e = onlyError(PAGE + "-- _config.yml --\n" + billionLaughs());
        assertEquals("YAML aliases expand too far", e.title());
        assertEquals("_config.yml", e.file());
        assertEquals(7, e.line());
    }

    @Test
    void deeplyNestedFlowListIsRefusedWithALine() {
        String deep = "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        Diagnostic e = onlyError(PAGE + "-- _data/deep.yml --\nok: 1\n" + deep);
        assertEquals("_data/deep.yml", e.file());
        assertEquals("YAML nested too deeply", e.title());
        assertEquals(2, e.line(), e::toString);
        assertEquals(103, e.column(), e::toString);
    }

    @Test
    void deeplyNestedBlockMapsInFrontMatterAreRefusedWithALine() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        Diagnostic e = onlyError("-- content/index.md --\n---\n" + yaml + "---\nHello\n");
        assertEquals("YAML nested too deeply", e.title());
        assertEquals("content/index.md", e.file());
        assertEquals(102, e.line(), e::toString);
    }

    @Test
    void duplicateKeysWarnOncePerKeyAndTheLastValueWins() {
        StringBuilder yaml = new StringBuilder("name: first\nother: 1\n");
        for (int i = 0; i < 3_000; i++) {
            yaml.append("name: value").append(i).append('\n');
        }
        yaml.append("other: 2\n");
        TestSite site = TestSite.buildAllowingErrors("""
                -- content/index.md --
                ---
                title: Home
                ---
                {{ site.data.people.name }} {{ site.data.people.other }}
                -- templates/default.ftlh --
                <main>${content?no_esc}</main>
                -- _data/people.yml --
                """ + yaml);
        assertTrue(site.result().succeeded(), () -> DiagnosticFormatter.formatAll(site.result().diagnostics()));
        List<Diagnostic> warnings = site.result().diagnostics().stream()
                .filter(d -> d.title().startsWith("Duplicate YAML key")).toList();
        assertEquals(2, warnings.size(), () -> DiagnosticFormatter.formatAll(warnings));
        Diagnostic name = warnings.stream().filter(d -> d.title().endsWith(": name")).findFirst().orElseThrow();
        assertEquals("_data/people.yml", name.file());
        assertEquals(3, name.line());
        Diagnostic other = warnings.stream().filter(d -> d.title().endsWith(": other")).findFirst().orElseThrow();
        assertEquals(3_003, other.line());
        assertEquals("value2999 2", site.html("index.html").select("main p").text());
    }
}
