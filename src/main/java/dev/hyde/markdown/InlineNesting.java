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
        int depth = 0;
        int line = 1;
        boolean lineBlank = true;
        boolean atLineStart = true;
        String fence = null;
        int n = markdown.length();
        for (int i = 0; i < n; i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                if (lineBlank) {
                    depth = 0; // a blank line ends the paragraph, and any emphasis left open
                }
                line++;
                lineBlank = true;
                atLineStart = true;
                continue;
            }
            if (atLineStart) {
                atLineStart = false;
                String marker = fenceAt(markdown, i);
                if (fence != null || marker != null) {
                    if (fence == null) {
                        fence = marker;
                    } else if (marker != null && marker.charAt(0) == fence.charAt(0)
                            && marker.length() >= fence.length()) {
                        fence = null;
                    }
                    i = lineEnd(markdown, i) - 1; // code is not Markdown
                    lineBlank = false;
                    continue;
                }
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                lineBlank = false;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '*' || c == '_') {
                int end = i;
                while (end < n && markdown.charAt(end) == c) {
                    end++;
                }
                boolean spaceBefore = i == 0 || Character.isWhitespace(markdown.charAt(i - 1));
                boolean punctBefore = !spaceBefore && isPunctuation(markdown.charAt(i - 1));
                boolean spaceAfter = end >= n || Character.isWhitespace(markdown.charAt(end));
                boolean punctAfter = !spaceAfter && isPunctuation(markdown.charAt(end));
                boolean opens = !spaceAfter && (spaceBefore || punctBefore);
                boolean closes = !spaceBefore && (spaceAfter || punctAfter);
                if (opens && !closes) {
                    depth++;
                } else if (closes && !opens) {
                    depth = Math.max(0, depth - 1);
                }
                i = end - 1;
            } else {
                continue;
            }
            if (depth > NestingLimit.MAX_DEPTH) {
                throw new MarkdownTooDeep(line, NestingLimit.MAX_DEPTH);
            }
        }
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
