package dev.hyde.markdown;

import java.util.regex.Pattern;

/**
 * kramdown accepts a table whose separator line has fewer cells than its header
 * ({@code |---------} under {@code |a |b |c}), and rows with more cells than the header, which
 * add columns; GitHub's tables need one separator cell per column and drop extra cells. Header
 * and separator are widened before parsing to the widest row, so such tables read the same.
 * kramdown also leaves a {@code |} inside a code span in a cell alone ({@code `a || b`}), where
 * GitHub's tables need it escaped; such pipes are escaped first.
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
            // "A | B" over "--|--" is a table too, but "A | B" over "---" a heading
            boolean outerPipe = header.stripLeading().startsWith("|");
            if (!(outerPipe || header.indexOf('|') >= 0 && lines[i].indexOf('|') >= 0)
                    || !SEPARATOR.matcher(lines[i]).matches()) {
                continue;
            }
            String escapedHeader = escapeCodePipes(header);
            changed |= !escapedHeader.equals(header);
            lines[i - 1] = escapedHeader;
            header = escapedHeader;
            for (int row = i + 1; row < lines.length && lines[row].contains("|") && !lines[row].isBlank(); row++) {
                String escaped = escapeCodePipes(lines[row]);
                changed |= !escaped.equals(lines[row]);
                lines[row] = escaped;
            }
            int columns = cells(header);
            int widest = columns;
            for (int row = i + 1; row < lines.length && lines[row].contains("|") && !lines[row].isBlank(); row++) {
                widest = Math.max(widest, cells(lines[row]));
            }
            if (widest > columns) {
                lines[i - 1] = header.stripTrailing() + (header.stripTrailing().endsWith("|") ? "" : "|")
                        + " |".repeat(widest - columns);
                changed = true;
            }
            if (cells(lines[i]) < widest) {
                lines[i] = "|" + "---|".repeat(widest);
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : markdown;
    }

    /** The row with each unescaped '|' inside a code span escaped. */
    static String escapeCodePipes(String row) {
        if (row.indexOf('`') < 0) {
            return row;
        }
        StringBuilder out = new StringBuilder(row.length() + 8);
        int i = 0;
        while (i < row.length()) {
            char c = row.charAt(i);
            if (c != '`') {
                out.append(c);
                i++;
                continue;
            }
            int run = i;
            while (run < row.length() && row.charAt(run) == '`') {
                run++;
            }
            String fence = row.substring(i, run);
            int close = row.indexOf(fence, run);
            while (close >= 0 && close + fence.length() < row.length() && row.charAt(close + fence.length()) == '`') {
                close = row.indexOf(fence, close + fence.length() + 1);
            }
            if (close < 0) {
                out.append(fence);
                i = run;
                continue;
            }
            out.append(fence);
            for (int j = run; j < close; j++) {
                char d = row.charAt(j);
                if (d == '|' && row.charAt(j - 1) != '\\') {
                    out.append('\\');
                }
                out.append(d);
            }
            out.append(fence);
            i = close + fence.length();
        }
        return out.toString();
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
