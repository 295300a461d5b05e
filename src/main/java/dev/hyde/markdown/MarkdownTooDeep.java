package dev.hyde.markdown;

import dev.hyde.diag.Diagnostic;

/**
 * Markdown nested deeper than the renderer allows. Thrown by {@link MarkdownRenderer#render},
 * which does not know the page; the caller places it with {@link #in}.
 */
public final class MarkdownTooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int limit;

    MarkdownTooDeep(int line, int limit) {
        super("Markdown nested more than " + limit + " levels deep", null, false, false);
        this.line = line;
        this.limit = limit;
    }

    /** The same problem at another line: the line in the text as the page wrote it. */
    MarkdownTooDeep atLine(int sourceLine) {
        return sourceLine == line ? this : new MarkdownTooDeep(sourceLine, limit);
    }

    /** 1-based line in the Markdown text where the limit is passed, 0 if unknown. */
    public int line() {
        return line;
    }

    /**
     * @param file      project-relative page the Markdown came from
     * @param firstLine the file line the Markdown text starts on
     */
    public Diagnostic in(String file, int firstLine) {
        return Diagnostic.error("Markdown nested too deeply")
                .at(file, line > 0 ? firstLine + line - 1 : firstLine)
                .detail("Block quotes, lists, links, images or emphasis are nested more than %d levels deep here.",
                        limit)
                .hint("Flatten the nesting; no document needs more than a few levels.")
                .build();
    }
}
