package dev.hyde.liquid.filters;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import liqp.TemplateContext;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Jekyll's {@code scssify} and {@code sassify}: the input compiled as an SCSS or an indented-syntax
 * stylesheet, with the site's Sass load path ({@code _sass/}), as the site's stylesheet pages are.
 * Themes use it to make CSS from Sass put together by Liquid (just-the-docs' head navigation).
 */
public final class SassFilter extends PlacedFilter {

    /** Compiles stylesheet text for a filter. */
    @FunctionalInterface
    public interface Compiler {
        /**
         * @param file the file the filter is written in, for the stylesheet's own diagnostics
         * @param line the filter's line there
         * @throws DiagnosticException a Sass error: in the text itself at {@code file}, in a
         *                             partial at the partial's own line
         */
        String compile(String source, boolean indentedSyntax, String file, int line);

        /** For an engine built without a site's Sass (tools and tests): every use is an error. */
        Compiler NONE = (source, indented, file, line) -> {
            throw Diagnostic.error("Sass is not available here").at(file, line)
                    .detail("The Liquid engine was made without the site's Sass compiler.")
                    .hint("Build the page as part of its site.").exception();
        };
    }

    private final boolean indentedSyntax;
    private final Compiler compiler;
    private final Consumer<TemplateContext> used;

    private SassFilter(String name, boolean indentedSyntax, Compiler compiler, Consumer<TemplateContext> used) {
        super(name);
        this.indentedSyntax = indentedSyntax;
        this.compiler = Objects.requireNonNull(compiler, "compiler");
        this.used = Objects.requireNonNull(used, "used");
    }

    /**
     * @param used told of each use, with the rendering's context: what the page read must say that
     *             it compiled Sass, whose partials it does not name
     */
    public static SassFilter scssify(Compiler compiler, Consumer<TemplateContext> used) {
        return new SassFilter("scssify", false, compiler, used);
    }

    /** @see #scssify */
    public static SassFilter sassify(Compiler compiler, Consumer<TemplateContext> used) {
        return new SassFilter("sassify", true, compiler, used);
    }

    @Override
    public Object apply(Object value, TemplateContext context, String file, int line, int column, Object... params) {
        String source = RubyText.toS(value, context.getParser().defaultTimeZone);
        used.accept(context);
        try {
            return compiler.compile(source, indentedSyntax, file, Math.max(1, line));
        } catch (DiagnosticException e) {
            if (file.isEmpty() || !e.diagnostic().file().equals(file)) {
                throw e; // in a partial the text loads: at the partial's own line
            }
            throw inText(e.diagnostic(), line, column).exception();
        }
    }

    /**
     * A problem in the text given to the filter, shown at the filter and saying where in that text
     * it is: the text is most often a captured variable, whose lines are not the file's.
     */
    private Diagnostic.Builder inText(Diagnostic problem, int line, int column) {
        Diagnostic.Builder shown = (problem.isError() ? Diagnostic.error(problem.title())
                : Diagnostic.warning(problem.title())).hint(problem.hint());
        String file = problem.file();
        int textLine = problem.line() - Math.max(1, line) + 1;
        String where = problem.line() == 0 ? "In the stylesheet given to " + name
                : "At line %d, column %d of the stylesheet given to %s".formatted(textLine, problem.column(), name);
        return shown.at(file, line, column).detail("%s: %s", where, problem.detail());
    }
}
