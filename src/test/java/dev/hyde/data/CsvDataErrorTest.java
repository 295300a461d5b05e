package dev.hyde.data;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken CSV file is reported at the row where reading stopped, in words, not a class name. */
class CsvDataErrorTest {
    @Test
    void anUnclosedQuoteIsReportedAtItsRow() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- content/a.md --
                A
                -- _data/team.csv --
                name,role
                Ann,lead
                "Bob,dev
                """);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertEquals("Malformed CSV data file", e.title());
        assertEquals("_data/team.csv", e.file());
        assertEquals(3, e.line());
        assertFalse(e.detail().contains("org.apache"), e.detail());
        assertTrue(!e.hint().isEmpty());
    }
}
