package dev.hyde.layout;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.source.LinkGuard;
import dev.hyde.model.FrontMatter;
import dev.hyde.source.FrontMatterReader;
import dev.hyde.source.FrontMatterSplitter;
import dev.hyde.text.Utf8Text;
import dev.hyde.theme.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The layouts of a project, read once per build: FreeMarker templates ({@code .ftlh}) and Liquid
 * layouts ({@code .html}) side by side, so a site can move from one to the other a layout at a
 * time. A layout names its parent in front matter, as Jekyll layouts do:
 *
 * <pre>
 * ---
 * layout: base
 * ---
 * &lt;article&gt;${content?no_esc}&lt;/article&gt;
 * </pre>
 *
 * FreeMarker sees the file with its front matter blanked out (not removed), so its line numbers
 * stay the file's.
 */
public final class LayoutLibrary {
    /** Used by pages of a Hyde project that name no layout. */
    public static final String DEFAULT = "default";
    /** Jekyll's way of saying "no layout at all". */
    public static final String NONE = "none";

    private final ProjectLayout project;
    private final Map<String, Layout> layouts;
    private final Map<String, String> freemarkerSources;

    private LayoutLibrary(ProjectLayout project, Map<String, Layout> layouts, Map<String, String> freemarkerSources) {
        this.project = project;
        this.layouts = layouts;
        this.freemarkerSources = freemarkerSources;
    }

    /**
     * Reads every layout below the layouts folder (but not its includes or assets). A Hyde
     * project also gets the built-in theme's layouts, each unless the project has a layout of
     * the same name.
     */
    public static LayoutLibrary load(ProjectLayout project, Diagnostics diagnostics) {
        Map<String, Layout> layouts = new TreeMap<>();
        Map<String, String> freemarker = new LinkedHashMap<>();
        Path folder = project.layouts();
        for (Path file : layoutFiles(project, diagnostics)) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            String shownAs = project.relative(file);
            try {
                Layout earlier = read(relative, shownAs, Utf8Text.read(file, shownAs), layouts, freemarker,
                        diagnostics::add);
                if (earlier != null) {
                    diagnostics.add(Diagnostic.error("Two layouts named " + earlier.name()).at(shownAs)
                            .detail("Both %s and %s are layout '%s'.", earlier.file(), shownAs, earlier.name())
                            .hint("Remove or rename one of them.").build());
                }
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
            }
        }
        if (!project.isJekyll()) {
            for (String relative : Theme.layouts()) {
                String name = relative.substring(0, relative.lastIndexOf('.'));
                if (!layouts.containsKey(name) && !freemarker.containsKey(relative)) {
                    read(relative, Theme.shownAs(relative), Theme.layout(relative), layouts, freemarker, diagnostics::add);
                }
            }
        }
        return new LayoutLibrary(project, layouts, freemarker);
    }

    /** Adds one layout file; returns the layout of the same name it replaces, if any. */
    private static Layout read(String relative, String shownAs, String text, Map<String, Layout> layouts,
                               Map<String, String> freemarker, java.util.function.Consumer<Diagnostic> warnings) {
        LayoutEngine engine = LayoutEngine.of(relative).orElseThrow();
        String name = relative.substring(0, relative.lastIndexOf('.'));
        FrontMatter fm = FrontMatter.EMPTY;
        String body = text;
        int bodyLine = 1;
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text);
        if (split.isPresent()) {
            fm = FrontMatterReader.read(split.get().yaml(), shownAs, split.get().yamlLine(), warnings);
            body = split.get().body();
            bodyLine = split.get().bodyLine();
        }
        if (engine == LayoutEngine.FREEMARKER) {
            freemarker.put(relative, "\n".repeat(bodyLine - 1) + body);
        }
        return layouts.put(name, new Layout(name, shownAs, engine, fm, body, bodyLine));
    }

    /**
     * The template files a chain of layouts reads: the layouts themselves and the FreeMarker
     * templates they {@code <#include>} or {@code <#import>}, followed through. A template that
     * names another through an expression could read any of them: then all templates count.
     */
    public List<String> filesOf(List<Layout> chain) {
        java.util.Set<String> files = new java.util.LinkedHashSet<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>();
        for (Layout layout : chain) {
            files.add(layout.file());
            if (layout.engine() == LayoutEngine.FREEMARKER) {
                pending.add(templateName(layout));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            String source = freemarkerSources.get(name);
            if (source == null || !seen.add(name)) {
                continue;
            }
            java.util.regex.Matcher directive = TEMPLATE_REFERENCE.matcher(source);
            while (directive.find()) {
                String target = directive.group(1) != null ? directive.group(1) : directive.group(2);
                if (target == null) {
                    freemarkerSources.keySet().forEach(other -> files.add(fileOf(other)));
                    return List.copyOf(files);
                }
                String resolved = target.startsWith("/") ? target.substring(1)
                        : java.nio.file.Path.of(name).resolveSibling(target).normalize().toString().replace('\\', '/');
                files.add(fileOf(resolved));
                pending.add(resolved);
            }
        }
        return List.copyOf(files);
    }

    /** {@code <#include "x">} or {@code <#import "x" as y>}; groups 1 and 2 are empty when the name is an expression. */
    private static final java.util.regex.Pattern TEMPLATE_REFERENCE =
            java.util.regex.Pattern.compile("<#(?:include|import)\\s+(?:\"([^\"]*)\"|'([^']*)'|[^>\\s]+)");

    Collection<Layout> all() {
        return layouts.values();
    }

    /** FreeMarker file name (below the layouts folder) to source text, for FreeMarker's loader. */
    Map<String, String> freemarkerSources() {
        return freemarkerSources;
    }

    /** The project-relative file of a template FreeMarker names, for diagnostics. */
    String fileOf(String templateName) {
        String name = templateName.substring(0, templateName.lastIndexOf('.'));
        Layout layout = layouts.get(name);
        return layout != null ? layout.file() : project.relative(project.layouts().resolve(templateName));
    }

    /** The file a FreeMarker layout is rendered from, as FreeMarker names it. */
    String templateName(Layout layout) {
        String ftlh = layout.name() + ".ftlh";
        return freemarkerSources.containsKey(ftlh) ? ftlh : layout.name() + ".ftl";
    }

    /**
     * The layouts a page is wrapped in, innermost first; empty for {@code layout: none}.
     *
     * @param name      the layout the page names (empty: Hyde's default, or none in a Jekyll site)
     * @param page      the page's file, for diagnostics
     * @param nameLine  the page's line naming the layout
     */
    public List<Layout> chain(String name, String page, int nameLine) {
        List<Layout> chain = new ArrayList<>();
        String next = name.isEmpty() && !project.isJekyll() ? DEFAULT : name;
        String askedBy = page;
        int askedAt = nameLine;
        while (!next.isEmpty() && !next.equals(NONE) && !next.equals("null")) {
            Layout layout = layouts.get(next);
            if (layout == null) {
                String folder = project.relative(project.layouts());
                throw Diagnostic.error("Layout not found: " + next).at(askedBy, askedAt)
                        .detail("Looked for %s/%s.ftlh and %s/%s.html. Layouts that exist: %s.", folder, next, folder, next,
                                String.join(", ", layouts.keySet()))
                        .hint("Create the layout, or name one of the existing layouts.").exception();
            }
            if (chain.contains(layout)) {
                List<String> names = new ArrayList<>(chain.stream().map(Layout::name).toList());
                names.add(layout.name());
                throw Diagnostic.error("Layout cycle").at(askedBy, askedAt)
                        .detail("The layouts wrap each other: %s.", String.join(" -> ", names))
                        .hint("Remove the 'layout:' line from one of them; the outermost layout names none.")
                        .exception();
            }
            chain.add(layout);
            askedBy = layout.file();
            askedAt = layout.frontMatter().layoutLine();
            next = layout.parent();
        }
        return chain;
    }

    private static List<Path> layoutFiles(ProjectLayout project, Diagnostics diagnostics) {
        Path folder = project.layouts();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        // Includes, assets and Sass are below the layouts folder in a Hyde project; their own readers check them.
        List<dev.hyde.diag.Diagnostic> links = new java.util.ArrayList<>();
        List<Path> files = LinkGuard.files(folder, project, links::add).stream()
                .filter(p -> !p.startsWith(project.includes()) && !project.isAsset(p) && !p.startsWith(project.sass()))
                .filter(p -> LayoutEngine.of(p.getFileName().toString()).isPresent())
                .toList();
        links.forEach(diagnostics::add);
        return files;
    }
}
