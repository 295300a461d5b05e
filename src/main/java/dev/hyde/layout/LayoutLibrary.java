package dev.hyde.layout;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.FrontMatter;
import dev.hyde.source.FrontMatterReader;
import dev.hyde.source.FrontMatterSplitter;
import dev.hyde.source.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The FreeMarker templates of a project, read once per build. A layout names its parent in
 * front matter, as Jekyll layouts do, so a chain reads the same in both template languages:
 *
 * <pre>
 * ---
 * layout: base
 * ---
 * &lt;article&gt;${content?no_esc}&lt;/article&gt;
 * </pre>
 *
 * The front matter is blanked out (not removed) before FreeMarker sees the file, so FreeMarker's
 * line numbers stay the file's.
 */
public final class LayoutLibrary {
    /** Used by pages that name no layout. */
    public static final String DEFAULT = "default";
    /** Jekyll's way of saying "no layout at all". */
    public static final String NONE = "none";

    private static final String BUILTIN_DEFAULT = "dev/hyde/layout/builtin-default.ftlh";

    private final Map<String, Layout> layouts;
    private final Map<String, String> sources;

    private LayoutLibrary(Map<String, Layout> layouts, Map<String, String> sources) {
        this.layouts = layouts;
        this.sources = sources;
    }

    /** Reads every {@code .ftlh}/{@code .ftl} file below templates/ (but not its includes or assets). */
    public static LayoutLibrary load(ProjectLayout project, Diagnostics diagnostics) {
        Map<String, Layout> layouts = new TreeMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Path templates = project.templates();
        for (Path file : templateFiles(project)) {
            String relative = templates.relativize(file).toString().replace('\\', '/');
            String shownAs = project.relative(file);
            try {
                String text = Utf8Text.read(file, shownAs);
                String parent = "";
                int parentLine = 0;
                Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text);
                if (split.isPresent()) {
                    FrontMatter fm = FrontMatterReader.read(split.get().yaml(), shownAs, split.get().yamlLine());
                    parent = fm.layout();
                    parentLine = FrontMatterReader.lineOf(split.get().yaml(), "layout", split.get().yamlLine());
                    text = blankLines(split.get().bodyLine() - 1) + split.get().body();
                }
                sources.put(relative, text);
                String name = relative.substring(0, relative.lastIndexOf('.'));
                layouts.put(name, new Layout(name, shownAs, parent, parentLine));
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
            }
        }
        if (!layouts.containsKey(DEFAULT)) {
            sources.put(DEFAULT + ".ftlh", builtinDefault());
            layouts.put(DEFAULT, new Layout(DEFAULT, "(built-in default layout)", "", 0));
        }
        return new LayoutLibrary(layouts, sources);
    }

    /** Template file name (below templates/) to source text, for FreeMarker's loader. */
    Map<String, String> sources() {
        return sources;
    }

    /** The project-relative file of a template FreeMarker names, for diagnostics. */
    String fileOf(String templateName) {
        String name = templateName.substring(0, templateName.lastIndexOf('.'));
        Layout layout = layouts.get(name);
        return layout != null ? layout.file() : "templates/" + templateName;
    }

    /** The file a layout is rendered from, as FreeMarker names it. */
    String templateName(Layout layout) {
        String ftlh = layout.name() + ".ftlh";
        return sources.containsKey(ftlh) ? ftlh : layout.name() + ".ftl";
    }

    /**
     * The layouts a page is wrapped in, innermost first; empty for {@code layout: none}.
     *
     * @param name      the layout the page names (empty: the default)
     * @param page      the page's file, for diagnostics
     * @param nameLine  the page's line naming the layout
     */
    public List<Layout> chain(String name, String page, int nameLine) {
        List<Layout> chain = new ArrayList<>();
        String next = name.isEmpty() ? DEFAULT : name;
        String askedBy = page;
        int askedAt = nameLine;
        while (!next.isEmpty() && !next.equals(NONE)) {
            Layout layout = layouts.get(next);
            if (layout == null) {
                throw Diagnostic.error("Layout not found: " + next).at(askedBy, askedAt)
                        .detail("Looked for templates/%s.ftlh. Layouts that exist: %s.", next, String.join(", ", layouts.keySet()))
                        .hint("Create templates/%s.ftlh, or name one of the existing layouts.", next).exception();
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
            askedAt = layout.parentLine();
            next = layout.parent();
        }
        return chain;
    }

    private static String blankLines(int n) {
        return "\n".repeat(Math.max(0, n));
    }

    private static List<Path> templateFiles(ProjectLayout project) {
        Path templates = project.templates();
        if (!Files.isDirectory(templates)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(templates)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(project.includes()) && !p.startsWith(project.assets()))
                    .filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftl"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String builtinDefault() {
        try (var in = LayoutLibrary.class.getClassLoader().getResourceAsStream(BUILTIN_DEFAULT)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
