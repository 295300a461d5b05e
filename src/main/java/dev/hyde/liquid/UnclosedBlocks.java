package dev.hyde.liquid;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a block tag that is opened but never closed, or nested deeper than {@link #MAX_DEPTH}. The parser only notices at the end of the
 * file ("mismatched input '<EOF>'"), which points nowhere useful; the opening tag is where the
 * author has to look.
 */
final class UnclosedBlocks {
    private static final Set<String> BLOCKS = Set.of("if", "unless", "for", "case", "capture", "comment",
            "raw", "tablerow", "ifchanged", "highlight");
    /** The tag's name, read from its {@code {%} on (a regex searching the whole page is much slower than indexOf). */
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)");

    /**
     * Liqp's parser and renderer recurse once per nested block, several stack frames each; ten
     * thousand nested {@code if} overflow the stack. No template needs more than a few levels.
     */
    static final int MAX_DEPTH = 100;

    private UnclosedBlocks() {
    }

    /** An opening tag without its end tag. */
    record Unclosed(String tag, int line, int column) {
    }

    /**
     * What one pass over a template found: the first block opened inside {@link #MAX_DEPTH}
     * others, and the innermost block left open at the end (both empty for a sound template).
     */
    record Found(Optional<Unclosed> tooDeep, Optional<Unclosed> unclosed) {
    }

    /** The innermost block left open at the end of the source, if any. */
    static Optional<Unclosed> find(String source) {
        return scan(source).unclosed();
    }

    /** The first block opened inside {@link #MAX_DEPTH} others, if any. */
    static Optional<Unclosed> tooDeep(String source) {
        return scan(source).tooDeep();
    }

    /** Both findings at once: one pass over the source instead of two. */
    static Found scan(String source) {
        // offsets of the open blocks' tags, innermost first; lines are counted only for a finding
        Deque<Open> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(source);
        Open tooDeep = null;
        int at = source.indexOf("{%");
        while (at >= 0) {
            m.region(at, source.length());
            if (!m.lookingAt()) {
                at = source.indexOf("{%", at + 1);
                continue;
            }
            String name = m.group(1);
            int next = m.end();
            boolean insideVerbatim = !open.isEmpty() && (open.peek().tag().equals("raw") || open.peek().tag().equals("comment"));
            if (insideVerbatim && !name.equals("end" + open.peek().tag())) {
                at = source.indexOf("{%", next);
                continue;
            }
            if (BLOCKS.contains(name)) {
                open.push(new Open(name, at));
                if (tooDeep == null && open.size() > MAX_DEPTH) {
                    tooDeep = open.peek();
                }
            } else if (name.startsWith("end") && !open.isEmpty() && open.peek().tag().equals(name.substring(3))) {
                open.pop();
            }
            at = source.indexOf("{%", next);
        }
        return new Found(Optional.ofNullable(tooDeep).map(o -> o.place(source)),
                Optional.ofNullable(open.peek()).map(o -> o.place(source)));
    }

    /** An open block: its tag and the offset of its {@code {%}. */
    private record Open(String tag, int offset) {
        Unclosed place(String source) {
            int line = 1;
            int lineStart = 0;
            for (int nl = source.indexOf('\n'); nl >= 0 && nl < offset; nl = source.indexOf('\n', nl + 1)) {
                line++;
                lineStart = nl + 1;
            }
            return new Unclosed(tag, line, offset - lineStart + 1);
        }
    }
}
