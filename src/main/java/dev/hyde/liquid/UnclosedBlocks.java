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

    /** The innermost block left open at the end of the source, if any. */
    static Optional<Unclosed> find(String source) {
        return scan(source, false);
    }

    /** The first block opened inside {@link #MAX_DEPTH} others, if any. */
    static Optional<Unclosed> tooDeep(String source) {
        return scan(source, true);
    }

    private static Optional<Unclosed> scan(String source, boolean depthOnly) {
        Deque<Unclosed> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(source);
        int line = 1;
        int lineStart = 0;
        int counted = 0;
        while (m.find()) {
            // Lines are counted on from the previous tag: counting from the start each time
            // would make a big page with many blocks quadratic.
            for (; counted < m.start(); counted++) {
                if (source.charAt(counted) == '\n') {
                    line++;
                    lineStart = counted + 1;
                }
            }
            String name = m.group(1);
            boolean insideVerbatim = !open.isEmpty() && (open.peek().tag().equals("raw") || open.peek().tag().equals("comment"));
            if (insideVerbatim && !name.equals("end" + open.peek().tag())) {
                continue;
            }
            if (BLOCKS.contains(name)) {
                open.push(new Unclosed(name, line, m.start() - lineStart + 1));
                if (depthOnly && open.size() > MAX_DEPTH) {
                    return Optional.of(open.peek());
                }
            } else if (name.startsWith("end") && !open.isEmpty() && open.peek().tag().equals(name.substring(3))) {
                open.pop();
            }
        }
        return depthOnly ? Optional.empty() : Optional.ofNullable(open.peek());
    }
}
