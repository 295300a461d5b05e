package dev.hyde.liquid;

import dev.hyde.config.LiquidLimits;
import dev.hyde.config.LiquidOptions;
import dev.hyde.config.ProjectLayout;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.extension.Extensions;
import dev.hyde.liquid.filters.JekyllFilters;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.parser.Flavor;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Liquid stage: Jekyll-flavoured Liquid over page bodies, before Markdown. One engine per
 * build; it parses each template and include once and renders them from many threads.
 */
public final class LiquidEngine {

    static {
        // Liqp registers its date types in a plain static list when liqp.Template is first loaded,
        // and its filters read that list on every call (LValue.isTemporal). Loaded mid-build, by a
        // page on one thread while others render, the class changes the list under their feet and
        // a page fails with a ConcurrentModificationException. Loading it here, before any page
        // renders, makes the list fixed for the build.
        try {
            Class.forName("liqp.Template", true, LiquidEngine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    private final TemplateParser parser;
    private final LiquidSyntax syntax;
    private final LiquidOptions options;
    private final IncludeLibrary includes;
    private final Diagnostics warnings;
    private final LiquidLimits limits;
    private final java.util.Set<String> extensionTags;

    /**
     * @param timeZone the zone dates are shown in (the site's {@code timezone}), not the machine's,
     *                 so output does not depend on where the site is built
     * @param markdown renders Markdown for the {@code markdownify} filter
     * @param warnings where problems that do not stop the build go (an unknown filter)
     * @param limits   the work one page may do
     * @param options  how strictly Liquid is read ({@code liquid:} in {@code _config.yml})
     */
    public LiquidEngine(ProjectLayout layout, ZoneId timeZone, UnaryOperator<String> markdown, Diagnostics warnings,
                        LiquidLimits limits, LiquidOptions options) {
        this(layout, timeZone, markdown, dev.hyde.liquid.filters.SassFilter.Compiler.NONE, warnings, limits, options,
                Extensions.none());
    }

    /**
     * @param sass       compiles the stylesheets of the {@code scssify} and {@code sassify} filters
     * @param extensions the tags and filters of the build's extensions
     */
    public LiquidEngine(ProjectLayout layout, ZoneId timeZone, UnaryOperator<String> markdown,
                        dev.hyde.liquid.filters.SassFilter.Compiler sass, Diagnostics warnings,
                        LiquidLimits limits, LiquidOptions options, Extensions extensions) {
        // Tags whose markup Liqp's lexer may refuse ({% avatar @user %}) get it as written.
        java.util.Set<String> verbatim = new java.util.TreeSet<>(extensions.tagNames());
        verbatim.add("avatar");
        this.extensionTags = java.util.Set.copyOf(verbatim);
        this.warnings = warnings;
        this.limits = limits;
        this.options = options;
        this.includes = new IncludeLibrary(layout, source -> parse(source.text(), source.file(), 1));
        TemplateParser.Builder builder = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withErrorMode(TemplateParser.ErrorMode.WARN)
                .withShowExceptionsFromInclude(true)
                .withMaxIterations(limits.maxIterations())
                .withRenderTransformer(new BoundedOutput(limits))
                .withDefaultTimeZone(timeZone)
                .withTag(IncludeTag.fromFolder(includes))
                .withTag(new SeoTag(markdown))
                .withTag(LinkTags.link())
                .withTag(LinkTags.postUrl())
                .withTag(PluginTags.feedMeta())
                .withTag(PluginTags.avatar())
                .withBlock(new HighlightBlock())
                .withBlock(new For())
                .withTag(IncludeTag.relative(new RelativeIncludes(layout, source -> parse(source.text(), source.file(), 1))));
        JekyllFilters.register(builder, markdown, sass, IncludeTag::sassCompiled);
        this.parser = ExtensionAdapters.register(builder, extensions).build();
        // Liqp's grammar in WARN mode lets an output carry text after its value; the visitor
        // reports it as error_mode asks.
        this.syntax = new LiquidSyntax(parser, TemplateParser.ErrorMode.WARN);
    }

    /** How strictly Liquid is read and rendered ({@code liquid:} in {@code _config.yml}). */
    public LiquidOptions options() {
        return options;
    }

    /** The work one page may do; layouts are bounded by the same time. */
    public LiquidLimits limits() {
        return limits;
    }

    /**
     * Parses Liquid source.
     *
     * @param file      project-relative name, for diagnostics
     * @param firstLine the file line the source starts on
     * @throws DiagnosticException for a syntax error (unclosed or unknown tag, bad expression)
     */
    public LiquidTemplate parse(String source, String file, int firstLine) {
        TagDelimiters.check(source, file, firstLine);
        try {
            TextRuns text = TextRuns.of(source);
            SourcePlaces places = new SourcePlaces(source, text, firstLine);
            JekyllTagMarkup tagMarkup = JekyllTagMarkup.of(text.template(), extensionTags);
            String template = tagMarkup.template();
            var tree = syntax.template(LaxMarkup.normalise(template, places, file, options.errorMode(), warnings));
            var root = new LenientNodeVisitor(parser, file, warnings, limits, options, syntax, template,
                    places, tagMarkup, extensionTags).visit(tree);
            return new LiquidTemplate(root, file, firstLine, source, text);
        } catch (DiagnosticException e) {
            throw e; // lax markup, include markup, a tag's own check: already at its place
        } catch (LiquidException e) {
            throw SyntaxErrors.describe(e.getMessage(), e.line, e.charPositionInLine + 1, source, file, firstLine);
        } catch (RuntimeException e) {
            // Liqp reports unknown filters as a plain exception with the position in its message.
            String message = LiquidMessages.cause(e);
            int[] position = LiquidMessages.position(message);
            throw SyntaxErrors.describe(message, position[0], position[1], source, file, firstLine);
        }
    }

    /**
     * Renders a parsed template.
     *
     * @param variables the top-level variables ({@code site}, {@code page}, ...); not modified
     * @param reads     records the includes the rendering uses
     * @throws DiagnosticException when rendering fails, pointing at the failing tag where known
     */
    public String render(LiquidTemplate template, Map<String, Object> variables, ReadRecorder reads) {
        try {
            TemplateContext context = new TemplateContext(parser, new HashMap<>(variables));
            IncludeTag.prepare(context, reads, template.file());
            RenderBudget.start(context, limits);
            Object output = template.root().render(context);
            if (output == liqp.LValue.BREAK || output == liqp.LValue.CONTINUE) {
                // A break or continue outside any loop ends the template; what came before stays.
                output = OutputKeepingBlock.takeStash(context);
            }
            String rendered = template.textRuns().restore(String.valueOf(output));
            RenderBudget.of(context, limits).checkSize(rendered.length());
            return rendered;
        } catch (LimitExceeded e) {
            throw e.diagnostic(template.file(), template.firstLine(), limits.configFile());
        } catch (IncludeProblem e) {
            throw e.locatedIn(template);
        } catch (TagProblem e) {
            throw e.locatedIn(template);
        } catch (DiagnosticException e) {
            throw e;
        } catch (LiquidException e) {
            rethrowWrapped(e);
            throw Diagnostic.error("Liquid error")
                    .at(template.file(), template.firstLine() + Math.max(1, e.line) - 1, e.charPositionInLine + 1)
                    .detail(LiquidMessages.cause(e)).hint("Check the tag or filter on this line.").exception();
        } catch (RuntimeException e) {
            LimitExceeded limit = LimitExceeded.findIn(e, limits.maxIterations());
            if (limit != null) {
                throw limit.diagnostic(template.file(), template.firstLine(), limits.configFile());
            }
            rethrowWrapped(e);
            throw Diagnostic.error("Liquid error").at(template.file(), template.firstLine())
                    .detail(LiquidMessages.cause(e)).hint("Check the tags and filters in this file.").exception();
        }
    }

    /** A filter's own diagnostic (it knows its line), wrapped by Liqp on the way out. */
    private static void rethrowWrapped(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DiagnosticException located) {
                throw located;
            }
        }
    }
}
