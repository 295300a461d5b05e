package dev.hyde.layout;

import dev.hyde.config.LiquidLimits;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import freemarker.core.Environment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private final LiquidLimits limits;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Map<String, Diagnostic> broken = new ConcurrentHashMap<>();

    private FreemarkerLayouts(LayoutLibrary library, Configuration configuration, LiquidLimits limits) {
        this.library = library;
        this.configuration = configuration;
        this.limits = limits;
    }

    /**
     * Parses every template of the library, reporting each broken one.
     *
     * @param limits its render time bounds each layout's rendering as it bounds a page's Liquid
     */
    static FreemarkerLayouts load(LayoutLibrary library, LiquidLimits limits, Diagnostics diagnostics) {
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
        FreemarkerLayouts layouts = new FreemarkerLayouts(library, cfg, limits);
        for (String name : library.freemarkerSources().keySet()) {
            try {
                Template template = cfg.getTemplate(name);
                // FreeMarker's own way to stop a template (its online tester's): a check of the
                // thread's interrupt flag in every loop body, even an empty one. The configuration
                // caches this instance, so <#include> and <#import> of it get the checks too.
                _CoreAPI.addThreadInterruptedChecks(template);
                layouts.templates.put(name, template);
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
        return render(template, Map.of("site", site, "page", pageView, "content", content), page, content);
    }

    private String render(Template template, Map<String, Object> model, String page, String content) {
        int contentLength = content.length();
        // Sized for the content plus a typical layout, so the buffer is not copied as it grows;
        // storing characters as the content does, which is most of the page.
        BoundedWriter out = new BoundedWriter(contentLength + 16384, (long) contentLength + MAX_ADDED_OUTPUT, content);
        Environment env;
        try {
            env = template.createProcessingEnvironment(model, out);
        } catch (TemplateException e) {
            throw error(e, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicReference<String> where = new AtomicReference<>("");
        RenderWatch watch = RenderWatch.start(limits.maxRenderMillis(), () -> where.set(instructionStack(env)));
        try {
            env.process();
            return out.toString();
        } catch (TemplateException e) {
            watch.stop();
            throw watch.fired() ? tooLong(template, where.get(), page) : error(e, page);
        } catch (BoundedWriter.LimitReached e) {
            throw Diagnostic.error("Layout output too large while rendering " + page).at(shownAs(template.getName()))
                    .detail("The layout %s adds more than %d MiB around the page.", template.getName(),
                            MAX_ADDED_OUTPUT / (1024 * 1024))
                    .hint("Check <#list> ranges and loops in the layout; a range such as 1..n needs a small n.")
                    .exception();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            watch.stop();
            if (watch.fired()) { // FreeMarker's interruption: not a TemplateException, so it names no place
                throw tooLong(template, where.get(), page);
            }
            throw e;
        } catch (StackOverflowError e) {
            // FreeMarker has no limit on macro nesting; a macro calling itself ends here.
            throw Diagnostic.error("Layout recursion too deep while rendering " + page).at(shownAs(template.getName()))
                    .detail("A macro or include in %s calls itself without end.", template.getName())
                    .hint("Give the recursive macro a condition that stops it, e.g. <#if depth < 5>.")
                    .exception();
        } finally {
            watch.stop(); // idempotent; clears an interrupt it set
        }
    }

    /**
     * Where the rendering is, as FreeMarker describes its instruction stack (innermost first), read
     * from the timer's thread while the loop spins: FreeMarker's interruption unwinds the stack
     * without naming a place. The read races with the rendering; at worst it names an instruction
     * just left, which is still a place in the right template, or nothing.
     */
    private static String instructionStack(Environment env) {
        try {
            StringWriter text = new StringWriter();
            env.outputInstructionStack(new PrintWriter(text));
            return text.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static final Pattern PLACE = Pattern.compile("\\[in template \"([^\"]+)\" at line (\\d+), column (\\d+)]");

    /** At the instruction running when the time ran out (a loop), else at the layout's file. */
    private DiagnosticException tooLong(Template template, String stack, String page) {
        String source = template.getName();
        int line = 0;
        int column = 0;
        Matcher place = PLACE.matcher(stack);
        if (place.find()) {
            source = place.group(1);
            line = Integer.parseInt(place.group(2));
            column = Integer.parseInt(place.group(3));
        }
        return Diagnostic.error("Layout rendering took too long while rendering " + page)
                .at(shownAs(source), line, column)
                .detail("Rendering the layout %s took more than %,d ms.", template.getName(), limits.maxRenderMillis())
                .hint("Look for a <#list> over a huge range or a loop that does not end. If the page really needs "
                        + "more, raise '%s' in %s.", LiquidLimits.setting(LiquidLimits.TIME), limits.configFile())
                .exception();
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
