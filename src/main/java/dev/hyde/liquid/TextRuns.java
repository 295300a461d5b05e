package dev.hyde.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps long runs of plain text away from the Liquid parser. A documentation page is mostly
 * text with a few tags, and Liqp's lexer costs time for every character; yet text outside any
 * block is output exactly as written. So before parsing, each such run is swapped for a short
 * marker (keeping its line breaks, so error lines stay right), and after rendering the markers
 * are swapped back. Text inside blocks ({@code capture}, {@code if}, {@code for} ...) may be
 * processed by filters, so it stays in the template.
 */
public final class TextRuns {
    private static final int MIN_RUN = 40;
    private static final int LINES_PER_MARKER = 64;
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final Pattern TAG_NAME = Pattern.compile("\\{%-?\\s*(\\w+)");
    private static final Set<String> BLOCKS = Set.of("if", "unless", "for", "case", "capture", "comment", "raw",
            "tablerow", "ifchanged", "highlight");

    private final String template;
    private final List<String> runs;
    private final List<Marker> markers;

    /** Where a marker stands in the template, and the text it replaces in the source. */
    private record Marker(int templateStart, int templateEnd, int sourceStart, int sourceEnd) {
    }

    private TextRuns(String template, List<String> runs, List<Marker> markers) {
        this.template = template;
        this.runs = runs;
        this.markers = markers;
    }

    /**
     * The source offset of a template offset: markers keep line breaks but not columns, so a
     * diagnostic after a long run on the same line needs this to show the author's column.
     */
    int sourceOffset(int templateOffset) {
        int shift = 0;
        for (Marker m : markers) {
            if (templateOffset < m.templateStart()) {
                break;
            }
            if (templateOffset < m.templateEnd()) {
                return m.sourceStart();
            }
            shift = m.sourceEnd() - m.templateEnd();
        }
        return templateOffset + shift;
    }

    /** The template to parse: {@code source} with its long top-level text runs replaced by markers. */
    String template() {
        return template;
    }

    static TextRuns of(String source) {
        if (source.indexOf(OPEN) >= 0 || source.indexOf(CLOSE) >= 0 || source.length() < MIN_RUN) {
            return new TextRuns(source, List.of(), List.of());
        }
        StringBuilder out = new StringBuilder(source.length());
        List<String> runs = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        int depth = 0;
        String verbatim = null; // inside raw or comment: nothing is a tag until its end tag
        int last = 0;
        int open = source.indexOf('{');
        while (open >= 0 && open + 1 < source.length()) {
            char kind = source.charAt(open + 1);
            int close = kind == '{' ? source.indexOf("}}", open + 2) : kind == '%' ? source.indexOf("%}", open + 2) : -1;
            if (close < 0) {
                open = source.indexOf('{', open + 1);
                continue;
            }
            String token = source.substring(open, close + 2);
            appendText(out, runs, markers, source, last, open, depth == 0 && verbatim == null);
            out.append(token);
            last = close + 2;
            open = source.indexOf('{', last);
            Matcher name = TAG_NAME.matcher(token);
            if (!name.lookingAt()) {
                continue;
            }
            String tag = name.group(1);
            if (verbatim != null) {
                if (tag.equals("end" + verbatim)) {
                    verbatim = null;
                    depth--;
                }
            } else if (BLOCKS.contains(tag)) {
                depth++;
                if (tag.equals("raw") || tag.equals("comment")) {
                    verbatim = tag;
                }
            } else if (tag.startsWith("end") && BLOCKS.contains(tag.substring(3)) && depth > 0) {
                depth--;
            }
        }
        appendText(out, runs, markers, source, last, source.length(), depth == 0 && verbatim == null);
        return runs.isEmpty() ? new TextRuns(source, List.of(), List.of())
                : new TextRuns(out.toString(), runs, List.copyOf(markers));
    }

    /** Appends {@code source[from, to)}, a run of text between tags, to the template. */
    private static void appendText(StringBuilder out, List<String> runs, List<Marker> markers, String source,
                                   int from, int to, boolean topLevel) {
        if (!topLevel || to - from < MIN_RUN) {
            out.append(source, from, to);
            return;
        }
        // White space at the ends stays: '{%-' and '-%}' trim it.
        int start = from;
        while (start < to && Character.isWhitespace(source.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        out.append(source, from, start);
        // A marker holds at most LINES_PER_MARKER line breaks: the lexer's time for one token
        // grows with the square of its line breaks, so one marker for a long run is quadratic.
        int piece = start;
        while (piece < end) {
            int cut = piece;
            int lines = 0;
            while (lines < LINES_PER_MARKER && cut < end) {
                int nl = source.indexOf('\n', cut);
                cut = nl < 0 || nl >= end ? end : nl + 1;
                if (nl >= 0 && nl < end) {
                    lines++;
                }
            }
            int markerStart = out.length();
            out.append(OPEN).append(runs.size());
            // the piece's line breaks: the lines counted above (the last piece may end without one)
            for (int k = 0; k < lines; k++) {
                out.append('\n');
            }
            out.append(CLOSE);
            markers.add(new Marker(markerStart, out.length(), piece, cut));
            runs.add(source.substring(piece, cut));
            piece = cut;
        }
        out.append(source, end, to);
    }

    /**
     * The rendered output with the text runs back in place of their markers. A layout's output
     * holds the whole page, so this looks for the marker's first character with
     * {@code indexOf} rather than trying a pattern at every character.
     */
    String restore(String rendered) {
        if (runs.isEmpty()) {
            return rendered;
        }
        StringBuilder out = null;
        int last = 0;
        int n = rendered.length();
        for (int open = rendered.indexOf(OPEN); open >= 0; open = rendered.indexOf(OPEN, open + 1)) {
            int end = open + 1;
            while (end < n && rendered.charAt(end) >= '0' && rendered.charAt(end) <= '9') {
                end++;
            }
            int digitsEnd = end;
            while (end < n && rendered.charAt(end) == '\n') {
                end++;
            }
            if (digitsEnd == open + 1 || end >= n || rendered.charAt(end) != CLOSE) {
                continue;
            }
            int run = parseRun(rendered, open + 1, digitsEnd);
            if (run < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + runs.stream().mapToInt(String::length).sum());
            }
            out.append(rendered, last, open).append(runs.get(run));
            last = end + 1;
            open = end;
        }
        return out == null ? rendered : out.append(rendered, last, n).toString();
    }

    /** The run numbered by {@code text[from, to)}, or -1 when no run has that number. */
    private int parseRun(String text, int from, int to) {
        if (to - from > 9) {
            return -1;
        }
        int number = Integer.parseInt(text, from, to, 10);
        return number < runs.size() ? number : -1;
    }
}
