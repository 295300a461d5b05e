package dev.hyde.links;

/**
 * Which characters of a Markdown text are code (fenced blocks and inline code spans), where a
 * URL is shown rather than linked. A light reading, enough to tell a link from its example.
 */
final class MarkdownCode {
    private MarkdownCode() {
    }

    /** One flag per character of {@code text}: true inside code. */
    static boolean[] mask(String text) {
        boolean[] code = new boolean[text.length()];
        String fence = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            String trimmed = line.stripLeading();
            if (fence != null) {
                java.util.Arrays.fill(code, lineStart, lineEnd, true);
                if (trimmed.startsWith(fence) && trimmed.substring(fence.length()).replace(fence.substring(0, 1), "").isBlank()) {
                    fence = null;
                }
            } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                char mark = trimmed.charAt(0);
                int run = 0;
                while (run < trimmed.length() && trimmed.charAt(run) == mark) {
                    run++;
                }
                fence = String.valueOf(mark).repeat(run);
                java.util.Arrays.fill(code, lineStart, lineEnd, true);
            } else {
                markSpans(text, lineStart, lineEnd, code);
            }
            lineStart = lineEnd + 1;
        }
        return code;
    }

    /** Inline code on one line: a run of backticks up to the next run of the same length. */
    private static void markSpans(String text, int from, int to, boolean[] code) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < to && text.charAt(run) == '`') {
                run++;
            }
            String ticks = text.substring(i, run);
            int close = text.indexOf(ticks, run);
            while (close >= 0 && close < to && close + ticks.length() < to && text.charAt(close + ticks.length()) == '`') {
                close = text.indexOf(ticks, close + ticks.length() + 1);
            }
            if (close < 0 || close >= to) {
                i = run;
                continue;
            }
            java.util.Arrays.fill(code, i, close + ticks.length(), true);
            i = close + ticks.length();
        }
    }
}
