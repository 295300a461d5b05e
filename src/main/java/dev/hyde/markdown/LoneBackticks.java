package dev.hyde.markdown;

import java.util.regex.Pattern;

/**
 * kramdown does not open a code span with a single backtick that has white space on both sides
 * ({@code the line `    key: value` is}): it stays a literal backtick, and so does the one that
 * would have closed it. CommonMark opens the span. Such backticks are escaped before parsing.
 * Fenced code and lines indented as code are left alone.
 */
final class LoneBackticks {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");

    private LoneBackticks() {
    }

    static String escape(String markdown) {
        if (!hasLoneBacktick(markdown)) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (fence == null && FENCE.matcher(line).matches()) {
                fence = line.strip().substring(0, 3);
            } else if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
            } else if (!line.startsWith("    ") && !line.startsWith("\t")) {
                lines[n] = escapeLine(line);
            }
        }
        return String.join("\n", lines);
    }

    /** One pass over the backticks: is any single one between white space (or a line's ends)? */
    private static boolean hasLoneBacktick(String text) {
        for (int i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i + 1)) {
            boolean single = (i == 0 || text.charAt(i - 1) != '`') && (i + 1 == text.length() || text.charAt(i + 1) != '`');
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            boolean spaceAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            if (single && spaceBefore && spaceAfter) {
                return true;
            }
        }
        return false;
    }

    private static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 4);
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                out.append(c).append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c != '`') {
                out.append(c);
                i++;
                continue;
            }
            int run = i;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(line.charAt(i - 1));
            boolean spaceAfter = run == line.length() || Character.isWhitespace(line.charAt(run));
            if (run - i == 1 && spaceBefore && spaceAfter) {
                // kramdown leaves this backtick, and the one that would close it, as text
                out.append("\\`");
                int close = line.indexOf('`', run);
                if (close > 0 && (close + 1 == line.length() || line.charAt(close + 1) != '`')) {
                    out.append(line, run, close).append("\\`");
                    i = close + 1;
                } else {
                    i = run;
                }
                continue;
            }
            String delimiter = line.substring(i, run);
            int close = line.indexOf(delimiter, run);
            int end = close < 0 ? run : close + delimiter.length();
            out.append(line, i, end);
            i = end;
        }
        return out.toString();
    }
}
