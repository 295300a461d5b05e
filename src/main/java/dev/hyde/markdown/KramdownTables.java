package dev.hyde.markdown;

import java.util.regex.Pattern;

/**
 * kramdown accepts a table whose separator line has fewer cells than its header
 * ({@code |---------} under {@code |a |b |c}); GitHub's tables need one per column. The short
 * separator is widened before parsing, so such tables are tables in both.
 */
final class KramdownTables {
    private static final Pattern SEPARATOR = Pattern.compile("^ {0,3}\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-*:?[ \\t]*)*\\|?[ \\t]*$");

    private KramdownTables() {
    }

    static String normalise(String markdown) {
        if (markdown.indexOf('|') < 0) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        boolean changed = false;
        for (int i = 1; i < lines.length; i++) {
            String header = lines[i - 1];
            if (!header.stripLeading().startsWith("|") || !SEPARATOR.matcher(lines[i]).matches()) {
                continue;
            }
            int columns = cells(header);
            if (cells(lines[i]) < columns) {
                lines[i] = "|" + "---|".repeat(columns);
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : markdown;
    }

    /** Cells of a row: its pipes, less the leading one and a trailing one. */
    private static int cells(String row) {
        String s = row.strip();
        int pipes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|' && (i == 0 || s.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        if (s.startsWith("|")) {
            pipes--;
        }
        if (s.endsWith("|") && s.length() > 1) {
            pipes--;
        }
        return pipes + 1;
    }
}
