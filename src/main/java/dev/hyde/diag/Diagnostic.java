package dev.hyde.diag;

import java.util.Objects;

/**
 * One problem found in the user's input, pointing at the place that caused it.
 *
 * @param file   the source file relative to the project root, with forward slashes; empty when
 *               the problem is not tied to a file
 * @param line   1-based line in that file, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param title  one line saying what is wrong
 * @param detail more about it (may be empty)
 * @param hint   what to do about it (may be empty)
 */
public record Diagnostic(Severity severity, String file, int line, int column,
                         String title, String detail, String hint) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        title = oneLine(title);
        file = file == null ? "" : file;
        detail = detail == null ? "" : detail;
        hint = hint == null ? "" : hint;
    }

    /**
     * A title is one line, whatever user text it quotes (an include name built from a variable may
     * hold line breaks): control characters are shown escaped and a very long title is cut.
     */
    private static String oneLine(String title) {
        StringBuilder out = null;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            boolean control = c < 0x20 || c == 0x7f;
            if (control && out == null) {
                out = new StringBuilder(title.length() + 16).append(title, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        String one = out == null ? title : out.toString();
        return one.length() <= 200 ? one : one.substring(0, 199) + "…";
    }

    public static Builder error(String title) {
        return new Builder(Severity.ERROR, title);
    }

    public static Builder warning(String title) {
        return new Builder(Severity.WARNING, title);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column} as far as it is known. */
    public String location() {
        if (file.isEmpty()) {
            return "";
        }
        StringBuilder at = new StringBuilder(file);
        if (line > 0) {
            at.append(':').append(line);
            if (column > 0) {
                at.append(':').append(column);
            }
        }
        return at.toString();
    }


    /** Builds a diagnostic step by step, so call sites read like the message they produce. */
    public static final class Builder {
        private final Severity severity;
        private final String title;
        private String file = "";
        private int line;
        private int column;
        private String detail = "";
        private String hint = "";

        private Builder(Severity severity, String title) {
            this.severity = severity;
            this.title = title;
        }

        public Builder at(String file) {
            this.file = file;
            return this;
        }

        public Builder at(String file, int line) {
            this.file = file;
            this.line = Math.max(0, line);
            return this;
        }

        public Builder at(String file, int line, int column) {
            at(file, line);
            this.column = Math.max(0, column);
            return this;
        }

        public Builder detail(String format, Object... args) {
            this.detail = args.length == 0 ? format : String.format(format, args);
            return this;
        }

        public Builder hint(String format, Object... args) {
            this.hint = args.length == 0 ? format : String.format(format, args);
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(severity, file, line, column, title, detail, hint);
        }

        /** The diagnostic wrapped in an exception, for code that must leave a deep call at once. */
        public DiagnosticException exception() {
            return new DiagnosticException(build());
        }
    }
}
