package dev.hyde.maven;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.apache.maven.plugin.logging.Log;

import java.util.List;

/** Diagnostics in Maven's log: errors as [ERROR], warnings as [WARNING]. */
final class MavenDiagnostics {
    private MavenDiagnostics() {
    }

    static void log(List<Diagnostic> diagnostics, Log log) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                log.error(DiagnosticFormatter.format(d));
            } else {
                log.warn(DiagnosticFormatter.format(d));
            }
        }
    }
}
