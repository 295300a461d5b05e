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
    private final IncludeTag.Call call;

    IncludeProblem(String includeName, String title, String detail, String hint) {
        this(includeName, title, detail, hint, null);
    }

    private IncludeProblem(String includeName, String title, String detail, String hint, IncludeTag.Call call) {
        super(title, null, false, false);
        this.includeName = includeName;
        this.title = title;
        this.detail = detail;
        this.hint = hint;
        this.call = call;
    }

    /** The same problem, known to come from the tag at {@code call} (unless its place is known already). */
    IncludeProblem at(IncludeTag.Call call) {
        return this.call != null ? this : new IncludeProblem(includeName, title, detail, hint, call);
    }

    /** The same problem, saying which Liquid rendered the name that names no file. */
    IncludeProblem renderedFrom(String written) {
        return written.isEmpty() ? this : new IncludeProblem(includeName, title, detail + String.format(
                " The name is rendered from %s; check the variables in it.", written), hint, call);
    }

    /**
     * The diagnostic at the tag's place in {@code template}; for a tag whose place is not known,
     * at the line of the first {@code include} of this name.
     */
    DiagnosticException locatedIn(LiquidTemplate template) {
        if (call != null) {
            return Diagnostic.error(title).at(template.file(), call.line(), call.column()).detail(detail).hint(hint)
                    .exception();
        }
        int line = TagLocator.lineOfInclude(template.source(), includeName);
        int fileLine = line > 0 ? template.firstLine() + line - 1 : 0;
        return Diagnostic.error(title).at(template.file(), fileLine).detail(detail).hint(hint).exception();
    }
}
