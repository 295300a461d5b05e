package dev.hyde.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

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
            if (!maySeparate(lines[i])) {
                continue; // most lines: no search of the line above for a pipe
            }
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

    /**
     * Whether a line may be a {@link #SEPARATOR}: its first character after spaces and tabs is
     * one a separator line starts with ({@code |}, {@code :} or {@code -}).
     */
    private static boolean maySeparate(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == '|' || c == ':' || c == '-';
            }
        }
        return false;
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

    /** The header cell of a table that has none in kramdown's reading; its head is removed after parsing. */
    private static final String NO_HEAD = "HYDENOHEADX";
    /** A line that another kramdown block parser takes before its table parser is asked. */
    private static final Pattern OTHER_BLOCK = Pattern.compile(
            "^(?:[#>:<]|[-*+][ \\t]|[0-9]+\\.[ \\t]|`{3,}|~{3,}|\\$\\$|\\[\\^|\\*\\[|\\{:|\\^|[-*_ ]{3,}$|\\[[^\\]]+\\]:)");
    private static final Pattern FENCE_LINE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /** Lines of the text given to {@link #headerless} and where each came from. */
    record Lines(String markdown, int[] origin) {
        /** The given text's 1-based line for a 1-based line of {@link #markdown}; 0 stays 0. */
        int sourceLine(int line) {
            return origin == null || line <= 0 ? line : origin[Math.min(line, origin.length) - 1] + 1;
        }
    }

    /**
     * kramdown's tables need no header: a run of lines that each have a {@code |} outside code
     * spans, between block boundaries (a blank line, the start or end of the text), is a table,
     * its rows all body rows; a paragraph line such as {@code The outer pipes (|) are optional}
     * makes a table of one row with two cells. GitHub's tables need a header and a separator
     * line, so such a run is given a header row of {@link #NO_HEAD} cells, which
     * {@link NoHead} removes from the parsed tree. Only unindented runs outside code fences are
     * read so; a run with a separator line is left to the table parser.
     */
    static Lines headerless(String markdown) {
        if (markdown.indexOf('|') < 0) {
            return new Lines(markdown, null);
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        int[] origin = new int[lines.length * 2 + 2];
        int outLines = 0;
        boolean changed = false;
        String fence = null;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher fenceMatch = FENCE_LINE.matcher(line);
            if (fence == null && fenceMatch.find()) {
                fence = fenceMatch.group(1);
            } else if (fence != null && line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                fence = null;
            } else if (fence == null && (i == 0 || lines[i - 1].isBlank()) && !line.isEmpty()
                    && !Character.isWhitespace(line.charAt(0)) && !OTHER_BLOCK.matcher(line).find()) {
                int end = i;
                int widest = 0;
                while (end < lines.length && !lines[end].isBlank() && pipeOutsideCode(lines[end])
                        && !SEPARATOR.matcher(lines[end]).matches()) {
                    widest = Math.max(widest, kramdownCells(lines[end]));
                    end++;
                }
                if (end > i && (end == lines.length || lines[end].isBlank())) {
                    if (outLines > 0) {
                        out.append('\n');
                    }
                    out.append("| ").append(NO_HEAD).append(" |").append(" |".repeat(widest - 1)).append('\n')
                            .append("|").append("---|".repeat(widest));
                    origin = fitOrigin(origin, outLines + 2);
                    origin[outLines++] = i;
                    origin[outLines++] = i;
                    for (int row = i; row < end; row++) {
                        out.append('\n').append(lines[row]);
                        origin = fitOrigin(origin, outLines + 1);
                        origin[outLines++] = row;
                    }
                    changed = true;
                    i = end;
                    continue;
                }
            }
            if (outLines > 0) {
                out.append('\n');
            }
            out.append(line);
            origin = fitOrigin(origin, outLines + 1);
            origin[outLines++] = i;
            i++;
        }
        return changed ? new Lines(out.toString(), java.util.Arrays.copyOf(origin, outLines)) : new Lines(markdown, null);
    }

    private static int[] fitOrigin(int[] origin, int size) {
        return size <= origin.length ? origin : java.util.Arrays.copyOf(origin, Math.max(size, origin.length * 2));
    }

    /** Whether the line has an unescaped {@code |} outside its code spans, as kramdown needs of every table line. */
    private static boolean pipeOutsideCode(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '|') {
                return true;
            }
            if (c == '`') {
                int run = i;
                while (run < line.length() && line.charAt(run) == '`') {
                    run++;
                }
                int close = line.indexOf(line.substring(i, run), run);
                if (close >= 0) {
                    i = close + (run - i);
                    continue;
                }
                i = run;
                continue;
            }
            i++;
        }
        return false;
    }

    /** kramdown's cells of a row: split at unescaped pipes outside code, an empty first (after a leading pipe) and last dropped. */
    private static int kramdownCells(String row) {
        String s = row.strip();
        int cells = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '`') {
                int run = i;
                while (run < s.length() && s.charAt(run) == '`') {
                    run++;
                }
                int close = s.indexOf(s.substring(i, run), run);
                i = close >= 0 ? close + (run - i) : run;
                continue;
            }
            if (c == '|') {
                cells++;
            }
            i++;
        }
        if (s.startsWith("|")) {
            cells--;
        }
        if (s.endsWith("|") && !s.endsWith("\\|") && s.length() > 1) {
            cells--;
        }
        return Math.max(cells, 1);
    }

    /** Removes the header row {@link #headerless} gave a table kramdown reads without one. */
    static final class NoHead implements PostProcessor {
        @Override
        public Node process(Node document) {
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomBlock block) {
                    if (block instanceof TableBlock table && table.getFirstChild() instanceof TableHead head
                            && head.getFirstChild() != null && head.getFirstChild().getFirstChild() != null
                            && head.getFirstChild().getFirstChild().getFirstChild() instanceof Text text
                            && text.getLiteral().equals(NO_HEAD)) {
                        head.unlink();
                    }
                    visitChildren(block);
                }
            });
            return document;
        }
    }
}
