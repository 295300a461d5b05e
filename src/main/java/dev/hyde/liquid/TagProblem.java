package dev.hyde.liquid;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag other than {@code include} failed while rendering. Liquid tags do not know their own
 * line, so the tag throws this, and whoever rendered the template finds the tag in its source:
 * the first one of that name written with that argument, else the first of that name.
 */
final class TagProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String tag;
    private final String argument;
    private final String title;
    private final String detail;
    private final String hint;

    TagProblem(String tag, String argument, String title, String detail, String hint) {
        super(title, null, false, false);
        this.tag = tag;
        this.argument = argument;
        this.title = title;
        this.detail = detail;
        this.hint = hint;
    }

    DiagnosticException locatedIn(LiquidTemplate template) {
        String source = template.source();
        Matcher m = Pattern.compile("\\{%-?\\s*" + Pattern.quote(tag) + "\\s+" + Pattern.quote(argument)).matcher(source);
        if (!m.find()) {
            m = Pattern.compile("\\{%-?\\s*" + Pattern.quote(tag) + "\\s").matcher(source);
        }
        boolean found = m.find(0);
        int line = found ? TagLocator.lineAt(source, m.start()) : 0;
        int fileLine = line > 0 ? template.firstLine() + line - 1 : 0;
        return Diagnostic.error(title).at(template.file(), fileLine).detail(detail).hint(hint).exception();
    }
}
