package dev.hyde.liquid;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.util.Optional;

/**
 * Checks, before parsing, that every tag is closed where it should be. Liqp's lexer recovers from
 * a broken tag by reading on into the next ones, so the error it reports names the wrong tag
 * (an include whose file name runs to the end of the page). Each check here is one linear pass,
 * so big pages stay cheap.
 */
final class TagDelimiters {
    private TagDelimiters() {
    }

    /**
     * @throws DiagnosticException at the first {@code {%} or {@code {{} without its end, at the
     *                             first block tag nested too deeply, or at the innermost block
     *                             tag without its end tag
     */
    static void check(String source, String file, int firstLine) {
        Optional<DiagnosticException> broken = unterminated(source, file, firstLine);
        if (broken.isPresent()) {
            throw broken.get();
        }
        UnclosedBlocks.Found blocks = UnclosedBlocks.scan(source);
        blocks.tooDeep().ifPresent(block -> {
            throw Diagnostic.error("Liquid nested too deeply")
                    .at(file, firstLine + block.line() - 1, block.column())
                    .detail("This {%% %s %%} is inside %d other blocks; at most %d may be nested.", block.tag(),
                            UnclosedBlocks.MAX_DEPTH, UnclosedBlocks.MAX_DEPTH)
                    .hint("Flatten the blocks, e.g. combine conditions with and/or, or move a part to an include.")
                    .exception();
        });
        blocks.unclosed().ifPresent(block -> {
            throw Diagnostic.error("Liquid block not closed: " + block.tag())
                    .at(file, firstLine + block.line() - 1, block.column())
                    .detail("{%% %s %%} has no {%% end%s %%}.", block.tag(), block.tag())
                    .hint("Add {%% end%s %%} where the block should end.", block.tag())
                    .exception();
        });
    }

    /**
     * A tag must end before the next tag starts: {@code {%} before the next {@code {%}, and
     * {@code {{} before the next {@code {{} or {@code {%}. ({@code {{ }} inside a tag is allowed:
     * Jekyll's include takes {@code {% include {{ name }} %}}.) Text in raw and comment blocks is
     * not looked at.
     */
    private static Optional<DiagnosticException> unterminated(String source, String file, int firstLine) {
        String verbatim = null;
        // the next "{%" and "{{" found so far: searched again only once passed, so that a page of
        // many outputs and no tag after them is not searched to its end once per output
        int tagAhead = -2;
        int outputAhead = -2;
        int i = source.indexOf('{');
        while (i >= 0 && i + 1 < source.length()) {
            char kind = source.charAt(i + 1);
            if (kind != '%' && kind != '{') {
                i = source.indexOf('{', i + 1);
                continue;
            }
            String end = kind == '%' ? "%}" : "}}";
            int close = source.indexOf(end, i + 2);
            if (tagAhead != -1 && tagAhead < i + 2) {
                tagAhead = source.indexOf("{%", i + 2);
            }
            if (kind == '{' && outputAhead != -1 && outputAhead < i + 2) {
                outputAhead = source.indexOf("{{", i + 2);
            }
            int nextTag = tagAhead;
            int nextOutput = kind == '{' ? outputAhead : -1;
            int next = minPositive(nextTag, nextOutput);
            if (kind == '{' && close >= 0 && next >= 0 && next < close) {
                // {{ "{{" }} prints two braces: a delimiter inside a quoted string is text.
                next = outsideQuotes(source, i + 2, close);
            }
            if (verbatim != null) {
                if (kind == '%' && close >= 0 && isTag(source, i, close, "end" + verbatim)) {
                    verbatim = null;
                }
                i = source.indexOf('{', i + 2);
                continue;
            }
            if (close < 0 || (next >= 0 && next < close)) {
                // lines are counted only here, for the one tag reported
                int line = 1;
                int lineStart = 0;
                for (int nl = source.indexOf('\n'); nl >= 0 && nl < i; nl = source.indexOf('\n', nl + 1)) {
                    line++;
                    lineStart = nl + 1;
                }
                String opened = kind == '%' ? "{%" : "{{";
                return Optional.of(Diagnostic.error("Liquid " + (kind == '%' ? "tag" : "output") + " not closed")
                        .at(file, firstLine + line - 1, i - lineStart + 1)
                        .detail("%s has no %s%s.", opened, end,
                                close < 0 ? "" : " before the next " + source.substring(next, next + 2))
                        .hint("Add %s to end the %s, or write {%% raw %%}%s{%% endraw %%} to show it as text.",
                                end, kind == '%' ? "tag" : "output", opened)
                        .exception());
            }
            if (kind == '%' && (isTag(source, i, close, "raw") || isTag(source, i, close, "comment"))) {
                verbatim = isTag(source, i, close, "raw") ? "raw" : "comment";
            }
            i = source.indexOf('{', close + 2);
        }
        return Optional.empty();
    }

    /** The first {@code {{} or {@code {%} between {@code from} and {@code to} outside a quoted string, or -1. */
    private static int outsideQuotes(String source, int from, int to) {
        char quote = 0;
        for (int j = from; j < to; j++) {
            char c = source.charAt(j);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' && j + 1 < to && (source.charAt(j + 1) == '{' || source.charAt(j + 1) == '%')) {
                return j;
            }
        }
        return -1;
    }

    private static int minPositive(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    /** Whether the tag between {@code open} and {@code close} is {@code {% name %}} (with optional '-'). */
    private static boolean isTag(String source, int open, int close, String name) {
        String inner = source.substring(open + 2, close).strip();
        if (inner.startsWith("-")) {
            inner = inner.substring(1).strip();
        }
        if (inner.endsWith("-")) {
            inner = inner.substring(0, inner.length() - 1).strip();
        }
        return inner.equals(name) || inner.startsWith(name + " ") || inner.startsWith(name + "\n");
    }
}
