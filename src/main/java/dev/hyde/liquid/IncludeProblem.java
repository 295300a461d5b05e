package dev.hyde.liquid;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

/**
 * An {@code include} tag failed. Liquid tags do not know their own line, so the tag throws this,
 * and whoever rendered the template that holds the tag finds the tag's line in its source.
 */
final class IncludeProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String includeName;
    private final String title;
    private final String detail;
    private final String hint;

    IncludeProblem(String includeName, String title, String detail, String hint) {
        super(title, null, false, false);
        this.includeName = includeName;
        this.title = title;
        this.detail = detail;
        this.hint = hint;
    }

    /** The diagnostic at the line of the first {@code include} of this name in {@code template}. */
    DiagnosticException locatedIn(LiquidTemplate template) {
        int line = TagLocator.lineOfInclude(template.source(), includeName);
        int fileLine = line > 0 ? template.firstLine() + line - 1 : 0;
        return Diagnostic.error(title).at(template.file(), fileLine).detail(detail).hint(hint).exception();
    }
}
