package dev.hyde.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a project keeps each kind of source. A Hyde project:
 *
 * <pre>
 * _config.yml            site configuration (optional)
 * content/               pages (Markdown or HTML with front matter) and static files
 * templates/             layouts: FreeMarker (*.ftlh) or Liquid (*.html)
 * templates/_includes/   Liquid includes for {% include %}
 * templates/assets/      CSS, JS and images, copied to site/assets/
 * _data/                 YAML, JSON and CSV data, as site.data
 * </pre>
 *
 * A Jekyll site, unchanged: pages anywhere below the root, {@code _layouts/}, {@code _includes/},
 * {@code _data/}, {@code _sass/}, {@code _posts/} and collections, built into {@code _site/}.
 */
public record ProjectLayout(Path root, SourceKind kind) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** A Hyde project at {@code root}. */
    public ProjectLayout(Path root) {
        this(root, SourceKind.HYDE);
    }

    /**
     * Tells the layout from the tree: a {@code content/} folder makes a Hyde project; otherwise
     * anything Jekyll keeps at a site's root ({@code _config.yml}, {@code _layouts/},
     * {@code _posts/}, an index page ...) makes a Jekyll site.
     */
    public static ProjectLayout detect(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        boolean jekyll = !Files.isDirectory(abs.resolve("content")) && JEKYLL_MARKERS.stream()
                .anyMatch(marker -> Files.exists(abs.resolve(marker)));
        return new ProjectLayout(abs, jekyll ? SourceKind.JEKYLL : SourceKind.HYDE);
    }

    private static final java.util.List<String> JEKYLL_MARKERS = java.util.List.of("_config.yml", "_layouts",
            "_includes", "_posts", "_sass", "index.html", "index.md");

    public boolean isJekyll() {
        return kind == SourceKind.JEKYLL;
    }

    /** Where pages and static files are found: content/, or a Jekyll site's root. */
    public Path content() {
        return isJekyll() ? root : root.resolve("content");
    }

    /** Where layouts are found. */
    public Path layouts() {
        return isJekyll() ? root.resolve("_layouts") : root.resolve("templates");
    }

    public Path includes() {
        return isJekyll() ? root.resolve("_includes") : layouts().resolve("_includes");
    }

    /** The folder copied to assets/ in a Hyde project; a Jekyll site keeps assets among its pages. */
    public Optional<Path> assets() {
        return isJekyll() ? Optional.empty() : Optional.of(layouts().resolve("assets"));
    }

    /** Where Sass partials are imported from. */
    public Path sass() {
        return isJekyll() ? root.resolve("_sass") : layouts().resolve("_sass");
    }

    public Path data() {
        return root.resolve("_data");
    }

    public Path configFile() {
        return root.resolve("_config.yml");
    }

    public Path defaultDestination() {
        return root.resolve(isJekyll() ? "_site" : "site");
    }

    /** True for a path below an assets folder. */
    public boolean isAsset(Path path) {
        return assets().map(path::startsWith).orElse(false);
    }

    /** The project-relative name of a file below the root, with forward slashes, for diagnostics. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
