package dev.hyde.markdown;

/**
 * Refuses emphasis and brackets nested deeper than {@link NestingLimit#MAX_DEPTH}, before
 * parsing: the parser's own inline pass recurses once per level of emphasis, so the tree check
 * in {@link NestingLimit} would come too late. One linear pass over the text estimates the depth
 * per paragraph: a delimiter run that can only open ({@code **a}, {@code [}) goes one level in,
 * one that can only close ({@code a**}, {@code ]}) one level out. The estimate is never lower than
 * the parser's nesting; it is higher only for hundreds of unmatched openers in one paragraph.
 */
final class InlineNesting {
    private InlineNesting() {
    }

    /** @throws MarkdownTooDeep at the line where the depth passes the limit */
    static void check(String markdown) {
        int n = markdown.length();
        // Line by line, and within a line from one of the four characters that count to the next,
        // found with indexOf: a loop over every character costs more than all the rest of this.
        Ahead brackets = new Ahead(markdown, '[');
        Ahead closings = new Ahead(markdown, ']');
        Ahead stars = new Ahead(markdown, '*');
        Ahead underscores = new Ahead(markdown, '_');
        int depth = 0;
        int line = 1;
        String fence = null;
        int start = 0;
        while (start <= n) {
            int end = lineEnd(markdown, start);
            boolean lineBlank;
            if (start == end) {
                lineBlank = true; // (also inside a fence)
            } else {
                String marker = fenceAt(markdown, start);
                if (fence != null || marker != null) {
                    if (fence == null) {
                        fence = marker;
                    } else if (marker != null && marker.charAt(0) == fence.charAt(0)
                            && marker.length() >= fence.length()) {
                        fence = null;
                    }
                    lineBlank = false; // code is not Markdown
                } else {
                    lineBlank = isBlank(markdown, start, end);
                    int i = start;
                    while (true) {
                        int at = Math.min(Math.min(brackets.from(i), closings.from(i)),
                                Math.min(stars.from(i), underscores.from(i)));
                        if (at >= end) {
                            break;
                        }
                        char c = markdown.charAt(at);
                        if (c == '[') {
                            depth++;
                            i = at + 1;
                        } else if (c == ']') {
                            depth = Math.max(0, depth - 1);
                            i = at + 1;
                        } else {
                            int runEnd = at;
                            while (runEnd < n && markdown.charAt(runEnd) == c) {
                                runEnd++;
                            }
                            boolean spaceBefore = at == 0 || Character.isWhitespace(markdown.charAt(at - 1));
                            boolean punctBefore = !spaceBefore && isPunctuation(markdown.charAt(at - 1));
                            boolean spaceAfter = runEnd >= n || Character.isWhitespace(markdown.charAt(runEnd));
                            boolean punctAfter = !spaceAfter && isPunctuation(markdown.charAt(runEnd));
                            boolean opens = !spaceAfter && (spaceBefore || punctBefore);
                            boolean closes = !spaceBefore && (spaceAfter || punctAfter);
                            if (opens && !closes) {
                                depth++;
                            } else if (closes && !opens) {
                                depth = Math.max(0, depth - 1);
                            }
                            i = runEnd;
                        }
                        if (depth > NestingLimit.MAX_DEPTH) {
                            throw new MarkdownTooDeep(line, NestingLimit.MAX_DEPTH);
                        }
                    }
                }
            }
            if (end == n) {
                return;
            }
            if (lineBlank) {
                depth = 0; // a blank line ends the paragraph, and any emphasis left open
            }
            line++;
            start = end + 1;
        }
    }

    /** The next place of one character at or after an offset, searched again only once passed. */
    private static final class Ahead {
        private final String text;
        private final char c;
        private int next = -2;

        Ahead(String text, char c) {
            this.text = text;
            this.c = c;
        }

        /** The first offset at or after {@code from} holding the character, or the text's length. */
        int from(int from) {
            if (next < from && next != Integer.MAX_VALUE) {
                int found = text.indexOf(c, from);
                next = found < 0 ? Integer.MAX_VALUE : found;
            }
            return next;
        }
    }

    /** Whether the line holds only spaces, tabs and carriage returns. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The fence ({@code ```} or {@code ~~~}, at least three) opening the line at {@code start}, or null. */
    private static String fenceAt(String text, int start) {
        int i = start;
        while (i < text.length() && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        char c = i < text.length() ? text.charAt(i) : 0;
        if (c != '`' && c != '~') {
            return null;
        }
        while (i < text.length() && text.charAt(i) == c) {
            i++;
        }
        return i - from >= 3 ? text.substring(from, i) : null;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean isPunctuation(char c) {
        return c < 128 ? "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0
                : Character.getType(c) >= Character.DASH_PUNCTUATION
                        && Character.getType(c) <= Character.OTHER_PUNCTUATION;
    }
}
