package dev.hyde.layout;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout stage: wraps a page's HTML in its FreeMarker layout chain. One configuration per
 * build, every template parsed once up front, so all syntax errors of all layouts are reported
 * together and pages render in parallel.
 *
 * <p>Locked down: templates get a read-only view ({@code site}, {@code page}, {@code content}),
 * cannot create Java objects ({@code ?new}) or reach Java APIs ({@code ?api}), and can include
 * only other templates of the project.
 */
final class FreemarkerLayouts {
    /**
     * Characters a layout may add around a page's content. Far above any real layout (the seed
     * site's add a few KiB); a template looping over a huge range stops here with a diagnostic.
     */
    static final int MAX_ADDED_OUTPUT = 16 * 1024 * 1024;

    private final LayoutLibrary library;
    private final Configuration configuration;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Map<String, Diagnostic> broken = new ConcurrentHashMap<>();

    private FreemarkerLayouts(LayoutLibrary library, Configuration configuration) {
        this.library = library;
        this.configuration = configuration;
    }

    /** Parses every template of the library, reporting each broken one. */
    static FreemarkerLayouts load(LayoutLibrary library, Diagnostics diagnostics) {
        StringTemplateLoader loader = new StringTemplateLoader();
        library.freemarkerSources().forEach(loader::putTemplate);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new ReadOnlyObjectWrapper());
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        FreemarkerLayouts layouts = new FreemarkerLayouts(library, cfg);
        for (String name : library.freemarkerSources().keySet()) {
            try {
                layouts.templates.put(name, cfg.getTemplate(name));
            } catch (ParseException e) {
                Diagnostic error = Diagnostic.error("Template syntax error")
                        .at(layouts.shownAs(e.getTemplateName() != null ? e.getTemplateName() : name),
                                e.getLineNumber(), e.getColumnNumber())
                        .detail(e.getEditorMessage())
                        .hint("Check the FreeMarker directive on this line (<#if>, <#list> ... need their closing tag).")
                        .build();
                layouts.broken.put(name, error);
                diagnostics.add(error);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layouts;
    }

    /**
     * Renders one FreeMarker layout around {@code content}.
     *
     * @param page the rendered page's project-relative file, named in errors
     */
    String render(Layout layout, Map<String, Object> site, Map<String, Object> pageView, String content, String page) {
        String name = library.templateName(layout);
        Template template = templates.get(name);
        if (template == null) {
            // The layout's own syntax error, already reported; repeating it adds nothing.
            throw new DiagnosticException(broken.get(name));
        }
        return render(template, Map.of("site", site, "page", pageView, "content", content), page, content.length());
    }

    private String render(Template template, Map<String, Object> model, String page, int contentLength) {
        // Sized for the content plus a typical layout, so the buffer is not copied as it grows.
        BoundedWriter out = new BoundedWriter(contentLength + 16384, (long) contentLength + MAX_ADDED_OUTPUT);
        try {
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw error(e, page);
        } catch (BoundedWriter.LimitReached e) {
            throw Diagnostic.error("Layout output too large while rendering " + page).at(shownAs(template.getName()))
                    .detail("The layout %s adds more than %d MiB around the page.", template.getName(),
                            MAX_ADDED_OUTPUT / (1024 * 1024))
                    .hint("Check <#list> ranges and loops in the layout; a range such as 1..n needs a small n.")
                    .exception();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackOverflowError e) {
            // FreeMarker has no limit on macro nesting; a macro calling itself ends here.
            throw Diagnostic.error("Layout recursion too deep while rendering " + page).at(shownAs(template.getName()))
                    .detail("A macro or include in %s calls itself without end.", template.getName())
                    .hint("Give the recursive macro a condition that stops it, e.g. <#if depth < 5>.")
                    .exception();
        }
    }

    private DiagnosticException error(TemplateException e, String page) {
        String source = e.getTemplateSourceName();
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        String message = firstLines(e.getMessageWithoutStackTop());
        return Diagnostic.error("Template error while rendering " + page)
                .at(source == null ? page : shownAs(source), line == null ? 0 : line, column == null ? 0 : column)
                .detail(message)
                .hint(hintFor(message))
                .exception();
    }

    /** Most template errors are a missing value; a refused Java access needs a different answer. */
    private static String hintFor(String message) {
        if (message.contains("security reasons") || message.contains("api_builtin_enabled")) {
            return "Layouts cannot create Java objects (?new) or call Java methods (?api); use the values in site and page.";
        }
        return "Optional values need a default: ${page.x!\"\"}, or a test: <#if page.x??>.";
    }

    private String shownAs(String templateName) {
        return library.fileOf(templateName);
    }

    /** FreeMarker's message explains a lot of what it tried; the first lines say what went wrong. */
    private static String firstLines(String message) {
        String[] lines = message.strip().split("\\R");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("----") || line.startsWith("Tip:") || line.startsWith("FTL stack trace")
                    || line.startsWith("The name was interpreted by")) {
                break;
            }
            if (!line.isBlank()) {
                out.append(out.length() == 0 ? "" : "\n").append(line.strip());
            }
        }
        return out.toString();
    }
}
