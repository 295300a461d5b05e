package dev.hyde.data;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataCollisionTest {
    @Test
    void aYamlAndAJsonFileOfOneNameAreAnErrorNamingBoth() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- content/a.md --
                A
                -- _data/a.json --
                {"x": 1}
                -- _data/a.yml --
                x: 2
                """);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertEquals("Two data sources for site.data key 'a'", e.title());
        assertEquals("_data/a.yml", e.file());
        assertTrue(e.detail().contains("_data/a.json"), e.detail());
    }

    @Test
    void aFileNextToAFolderOfTheSameNameIsAnError() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- content/a.md --
                A
                -- _data/team.yml --
                x: 2
                -- _data/team/members.csv --
                name
                Ann
                """);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertEquals("Two data sources for site.data key 'team'", e.title());
        assertTrue(e.detail().contains("_data/team.yml") && e.detail().contains("_data/team"), e.detail());
    }
}
