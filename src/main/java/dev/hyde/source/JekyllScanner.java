package dev.hyde.source;

import dev.hyde.config.CollectionConfig;
import dev.hyde.config.FrontMatterDefaults;
import dev.hyde.config.JekyllTime;
import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.ContentFile;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.Page;
import dev.hyde.model.SourceFile;
import dev.hyde.model.StaticFile;
import dev.hyde.text.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scan stage for a Jekyll site: pages and static files anywhere below the root (but not in
 * folders starting with '_' or '.', nor excluded ones, nor the destination), then the documents
 * of each collection ({@code _posts/}, {@code _docs/}, ...), with front matter defaults applied.
 */
final class JekyllScanner {
    /** Jekyll leaves these out unless the site includes them. */
    private static final List<String> DEFAULT_EXCLUDES = List.of(".sass-cache", ".jekyll-cache", "gemfiles",
            "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle", "vendor/cache", "vendor/gems", "vendor/ruby");
    private static final Pattern POST_NAME = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})-(.*)(\\.[^.]+)$");

    private final ProjectLayout project;
    private final SiteConfig config;
    private final boolean drafts;
    private final Path destination;
    private final PathPatterns excluded;
    private final PathPatterns included;
    private final java.util.function.Consumer<dev.hyde.diag.Diagnostic> warnings;

    JekyllScanner(ProjectLayout project, SiteConfig config, boolean drafts, Path destination,
                  java.util.function.Consumer<dev.hyde.diag.Diagnostic> warnings) {
        this.warnings = warnings;
        this.project = project;
        this.config = config;
        this.drafts = drafts;
        this.destination = destination.toAbsolutePath().normalize();
        List<String> exclude = new ArrayList<>(DEFAULT_EXCLUDES);
        exclude.addAll(config.exclude());
        this.excluded = new PathPatterns(exclude);
        this.included = new PathPatterns(config.include());
    }

    SourceScanner.Scan scan(Diagnostics diagnostics) {
        List<Page> pages = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        walk(project.root(), diagnostics, pages, statics);
        for (CollectionConfig collection : config.collections()) {
            Path folder = project.root().resolve(collection.folder());
            if (Files.isDirectory(folder)) {
                for (Path file : LinkGuard.files(folder, project, diagnostics::add)) {
                    scanDocument(collection, folder, file, diagnostics, pages, statics, List.of());
                }
            }
            if (collection.label().equals("posts")) {
                // Jekyll also reads the _posts folder of any folder of the site, its path the
                // posts' first categories (en/news/_posts/ makes /en/news/2020/...).
                for (Path nested : nestedPostFolders(diagnostics)) {
                    List<String> categories = List.of(project.relative(nested.getParent()).split("/"));
                    for (Path file : LinkGuard.files(nested, project, diagnostics::add)) {
                        scanDocument(collection, nested, file, diagnostics, pages, statics, categories);
                    }
                }
            }
            if (collection.label().equals("posts") && drafts && Files.isDirectory(project.root().resolve("_drafts"))) {
                Path folder2 = project.root().resolve("_drafts");
                for (Path file : LinkGuard.files(folder2, project, diagnostics::add)) {
                    scanDocument(collection, folder2, file, diagnostics, pages, statics, List.of());
                }
            }
        }
        SourceScanner.Scan scan = new SourceScanner.Scan(pages, statics);
        return GithubPagesGenerators.anyEnabled(config)
                ? new GithubPagesGenerators(this, config, project.layouts()).apply(scan) : scan;
    }

    /** Whether the site's {@code include} names this file (Jekyll's EntryFilter#included?). */
    boolean isIncluded(String relative) {
        return included.names(relative.substring(relative.lastIndexOf('/') + 1)) || included.matches(relative);
    }

    /**
     * A page made of a file without front matter, as {@code Jekyll::Page.new} reads it: the whole
     * file is the body, front matter defaults apply.
     *
     * @param permalink the page's own permalink, as a plugin sets it
     */
    Page pageWithoutFrontMatter(StaticFile file, Optional<String> permalink) {
        String relative = file.origin();
        SourceFile source = new SourceFile(file.source(), relative);
        Map<String, Object> values = defaults(relative, "pages");
        permalink.ifPresent(p -> values.put("permalink", p));
        FrontMatter fm = untitled(FrontMatterReader.read("", relative, 1, values, warnings));
        Permalinks.Route route = JekyllUrls.page(relative, fm.permalink(), config.permalink(),
                outputExtension(source), relative, fm.permalinkLine());
        return new Page(source, relative, fm, Utf8Text.read(file.source(), relative), 1, route.url(),
                route.outputPath(), "", dateOf(fm), true);
    }

    /** The page published at its own permalink instead (jekyll-readme-index's update_permalink). */
    Page withPermalink(Page page, String permalink) {
        Map<String, Object> values = new LinkedHashMap<>(page.frontMatter().values());
        values.put("permalink", permalink);
        FrontMatter old = page.frontMatter();
        FrontMatter fm = new FrontMatter(old.title(), old.layout(), permalink, old.published(), old.draft(), old.order(),
                values, old.layoutLine(), old.permalinkLine(), old.orderLine(), old.redirectFromLine());
        Permalinks.Route route = JekyllUrls.page(page.contentPath(), permalink, config.permalink(),
                outputExtension(page.source()), page.contentPath(), fm.permalinkLine());
        return new Page(page.source(), page.contentPath(), fm, page.body(), page.bodyLine(), route.url(),
                route.outputPath(), page.collection(), page.date(), page.written());
    }

    /** Walks the site root the way Jekyll's reader does, level by level, filtering names. */
    private void walk(Path dir, Diagnostics diagnostics, List<Page> pages, List<StaticFile> statics) {
        for (Path entry : children(dir)) {
            String relative = project.relative(entry);
            String name = entry.getFileName().toString();
            if (entry.equals(destination) || isFiltered(relative, name)) {
                continue;
            }
            java.util.Optional<dev.hyde.diag.Diagnostic> link = LinkGuard.check(entry, project);
            if (link.isPresent()) {
                diagnostics.add(link.get());
                continue;
            }
            if (Files.isDirectory(entry)) {
                walk(entry, diagnostics, pages, statics);
                continue;
            }
            try {
                readSiteFile(entry).ifPresent(found -> {
                    if (found instanceof Page page) {
                        pages.add(page);
                    } else if (found instanceof StaticFile copied) {
                        statics.add(copied);
                    }
                });
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
            }
        }
    }

    /**
     * One file of the site outside collections, read on its own: a page, a static file, or empty
     * when Jekyll would leave it out (a filtered name on its path, unpublished). Documents of
     * collections are not read here.
     */
    Optional<ContentFile> readOne(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(project.root()) || abs.startsWith(destination)) {
            return Optional.empty();
        }
        for (Path p = abs; !p.equals(project.root()); p = p.getParent()) {
            if (isFiltered(project.relative(p), p.getFileName().toString())) {
                return Optional.empty();
            }
        }
        return readSiteFile(abs);
    }

    private Optional<ContentFile> readSiteFile(Path entry) {
        String relative = project.relative(entry);
        SourceFile source = new SourceFile(entry, relative);
        Optional<FrontMatterSplitter.Split> split = readIfPage(entry, relative);
        if (split.isEmpty()) {
            return Optional.of(new StaticFile(entry, relative, relative));
        }
        FrontMatter fm = untitled(FrontMatterReader.read(split.get().yaml(), relative, split.get().yamlLine(),
                defaults(relative, "pages"), warnings));
        if (!fm.published()) {
            return Optional.empty();
        }
        Permalinks.Route route = JekyllUrls.page(relative, fm.permalink(), config.permalink(),
                outputExtension(source), relative, fm.permalinkLine());
        return Optional.of(new Page(source, relative, fm, split.get().body(), split.get().bodyLine(), route.url(),
                route.outputPath(), "", dateOf(fm), true));
    }

    /**
     * The {@code _posts} folders below the site's root, outside folders Jekyll skips (names
     * starting with {@code _} or {@code .}, excluded paths, the destination).
     */
    private List<Path> nestedPostFolders(Diagnostics diagnostics) {
        List<Path> found = new ArrayList<>();
        Path root;
        try {
            root = project.root().toRealPath(); // a walk does not enter a root that is a symbolic link
        } catch (java.io.IOException e) {
            return found;
        }
        try (java.util.stream.Stream<Path> dirs = Files.walk(root).map(dir -> project.root().resolve(root.relativize(dir)))) {
            dirs.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName() != null && dir.getFileName().toString().equals("_posts"))
                    .filter(dir -> !dir.getParent().equals(project.root()))
                    .filter(dir -> {
                        String parent = project.relative(dir.getParent());
                        for (String part : parent.split("/")) {
                            if (isFiltered(parent, part)) {
                                return false;
                            }
                        }
                        return !excluded.matches(parent) && !dir.toAbsolutePath().normalize().startsWith(destination);
                    })
                    .sorted()
                    .forEach(found::add);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return found; // an unreadable folder: the walk of the site reports it
        }
        return found;
    }

    private void scanDocument(CollectionConfig collection, Path folder, Path file, Diagnostics diagnostics,
                              List<Page> pages, List<StaticFile> statics, List<String> folderCategories) {
        String relative = project.relative(file);
        String inCollection = folder.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        if (excluded.matches(relative) || (name.startsWith(".") && !included.names(name))) {
            return;
        }
        try {
            SourceFile source = new SourceFile(file, relative);
            Optional<FrontMatterSplitter.Split> split = readIfPage(file, relative);
            if (split.isEmpty()) {
                if (collection.output()) {
                    statics.add(new StaticFile(file, relative, collection.label() + "/" + inCollection));
                }
                return;
            }
            boolean post = collection.label().equals("posts");
            Matcher postName = POST_NAME.matcher(name);
            if (post && !postName.matches()) {
                return; // Jekyll only reads posts named YYYY-MM-DD-title.ext
            }
            FrontMatter fm = FrontMatterReader.read(split.get().yaml(), relative, split.get().yamlLine(),
                    defaults(relative, collection.label()), warnings);
            if (!fm.published()) {
                return;
            }
            Optional<ZonedDateTime> date = dateOf(fm);
            if (date.isEmpty() && post) {
                date = JekyllTime.parse(postName.group(1)).map(d -> d.withZoneSameLocal(config.time().getZone()));
            }
            String slug = post ? postName.group(2) : source.baseName();
            // Jekyll's order: the folders', the front matter's categories, then its category.
            java.util.LinkedHashSet<String> allCategories = new java.util.LinkedHashSet<>(folderCategories);
            allCategories.addAll(strings(fm.values().get("categories")));
            allCategories.addAll(strings(fm.values().get("category")));
            String categories = String.join("/", allCategories);
            Permalinks.Route route = JekyllUrls.document(collection, inCollection, fm.permalink(), config.permalink(),
                    outputExtension(source), date, slug, categories, relative, fm.permalinkLine());
            // As in Jekyll, a document's data holds its categories, merged: page.categories lists them.
            Map<String, Object> values = new LinkedHashMap<>(fm.values());
            values.put("categories", List.copyOf(allCategories));
            // Jekyll's populate_title: a document without a title is titled by its slug
            String title = fm.title();
            if (values.get("title") == null || Boolean.FALSE.equals(values.get("title"))) {
                title = titleized(slug.replaceFirst("\\.+$", ""));
                values.put("title", title);
            }
            FrontMatter withCategories = new FrontMatter(title, fm.layout(), fm.permalink(), fm.published(),
                    fm.draft(), fm.order(), values, fm.layoutLine(), fm.permalinkLine(), fm.orderLine(),
                    fm.redirectFromLine());
            pages.add(new Page(source, relative, withCategories, split.get().body(), split.get().bodyLine(), route.url(),
                    route.outputPath(), collection.label(), date, collection.output()));
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
        }
    }

    /**
     * A page's front matter with {@code title} set to nil when it has none, as Jekyll leaves it:
     * {@code {% if page.title %}} is false and {@code compact} drops it (an empty text is neither).
     */
    private static FrontMatter untitled(FrontMatter fm) {
        if (fm.values().containsKey("title")) {
            return fm;
        }
        Map<String, Object> values = new LinkedHashMap<>(fm.values());
        values.put("title", null);
        return new FrontMatter(fm.title(), fm.layout(), fm.permalink(), fm.published(), fm.draft(), fm.order(), values,
                fm.layoutLine(), fm.permalinkLine(), fm.orderLine(), fm.redirectFromLine());
    }

    /** Jekyll's Utils.titleize_slug: {@code welcome-to-jekyll} is "Welcome To Jekyll", each word as Ruby capitalizes it. */
    static String titleized(String slug) {
        List<String> words = new ArrayList<>();
        for (String word : slug.split("-")) {
            words.add(word.isEmpty() ? word
                    : word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                    + word.substring(word.offsetByCodePoints(0, 1)).toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", words);
    }

    private boolean isFiltered(String relative, String name) {
        if (included.names(name) || included.matches(relative)) {
            return false;
        }
        if (name.startsWith(".") || name.startsWith("_") || name.startsWith("#") || name.endsWith("~")) {
            return true;
        }
        return excluded.matches(relative);
    }

    /** The split file when it starts with front matter; empty for a static file. */
    private static Optional<FrontMatterSplitter.Split> readIfPage(Path file, String relative) {
        if (!SourceScanner.startsWithFence(file, relative)) {
            return Optional.empty();
        }
        return Optional.of(FrontMatterSplitter.splitPage(Utf8Text.read(file, relative), relative));
    }

    private Map<String, Object> defaults(String relative, String type) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FrontMatterDefaults entry : config.defaults()) {
            if (entry.appliesTo(relative, type)) {
                values.putAll(entry.values());
            }
        }
        return values;
    }

    private Optional<ZonedDateTime> dateOf(FrontMatter fm) {
        Object value = fm.values().get("date");
        if (value instanceof java.util.Date date) {
            return Optional.of(date.toInstant().atZone(config.time().getZone()));
        }
        if (value == null) {
            return Optional.empty();
        }
        // Jekyll reads it with Time.parse(...).localtime: a time with an offset is moved into the
        // site's zone (02:12 +0200 is the evening before in Los Angeles), one without is local.
        String text = String.valueOf(value).strip();
        boolean offset = text.matches(".*(?:[+-]\\d{2}:?\\d{2}|Z|UTC|GMT)$") && text.length() > 10;
        java.time.ZoneId zone = config.time().getZone();
        return JekyllTime.parse(text).map(date -> offset ? date.withZoneSameInstant(zone) : date.withZoneSameLocal(zone));
    }

    private static String outputExtension(SourceFile source) {
        return switch (source.extension()) {
            case "md", "markdown", "mkd", "mkdn", "html", "htm" -> ".html";
            case "scss", "sass" -> ".css";
            case "" -> "";
            default -> "." + source.extension();
        };
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value == null) {
            return List.of();
        }
        return List.of(String.valueOf(value).split("\\s+"));
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


}
