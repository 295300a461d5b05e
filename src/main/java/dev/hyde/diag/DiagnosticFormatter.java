package dev.hyde.diag;

import java.util.List;

/**
 * Renders diagnostics as text for a terminal or the Maven log:
 *
 * <pre>
 * error: content/guide.md:4:7: Malformed YAML front matter
 *   mapping values are not allowed here
 *   hint: Quote values that contain ': '.
 * </pre>
 *
 * Long lists are cut after {@link #MAX_SHOWN} entries, like other generators do, because the
 * first errors usually explain the rest.
 */
public final class DiagnosticFormatter {
    public static final int MAX_SHOWN = 50;

    private DiagnosticFormatter() {
    }

    public static String format(Diagnostic d) {
        StringBuilder out = new StringBuilder(d.severity().label()).append(": ");
        if (!d.location().isEmpty()) {
            out.append(d.location()).append(": ");
        }
        out.append(d.title());
        if (!d.detail().isEmpty()) {
            for (String line : d.detail().split("\\R")) {
                out.append("\n  ").append(line);
            }
        }
        if (!d.hint().isEmpty()) {
            out.append("\n  hint: ").append(d.hint());
        }
        return out.toString();
    }

    /** All diagnostics (capped), then one summary line. */
    public static String formatAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Diagnostic d : diagnostics) {
            if (shown == MAX_SHOWN) {
                out.append("... and ").append(diagnostics.size() - MAX_SHOWN).append(" more\n");
                break;
            }
            out.append(format(d)).append('\n');
            shown++;
        }
        out.append(summary(diagnostics));
        return out.toString();
    }

    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
