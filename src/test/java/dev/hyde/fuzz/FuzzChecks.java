package dev.hyde.fuzz;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every diagnostic a fuzz target meets must look like. */
final class FuzzChecks {
    /** A line of a Java stack trace, e.g. "at dev.hyde.X.y(X.java:12)". */
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w$.]+\\([\\w$.]*(:\\d+)?\\)");

    private FuzzChecks() {
    }

    /** A rejected input: an error naming the file it came from, saying what is wrong and what to do. */
    static void wellFormed(DiagnosticException e, String file) {
        Diagnostic d = e.diagnostic();
        wellFormed(d);
        assertTrue(d.isError(), () -> "a thrown diagnostic is an error: " + d);
        assertEquals(file, d.file(), () -> "the diagnostic names the file: " + d);
    }

    static void wellFormed(Diagnostic d) {
        assertFalse(d.title().isBlank(), () -> "a diagnostic has a title: " + d);
        assertFalse(d.title().contains("\n"), () -> "a title is one line: " + d);
        assertTrue(d.line() >= 0 && d.column() >= 0, () -> "positions are not negative: " + d);
        assertFalse(STACK_FRAME.matcher(d.detail()).find(), () -> "no stack trace in the detail: " + d);
    }
}
