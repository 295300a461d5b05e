package dev.hyde.config;

import java.nio.file.Path;

/**
 * Where a Hyde project keeps each kind of source, all below one root.
 *
 * <pre>
 * _config.yml            site configuration (optional)
 * content/               pages (Markdown or HTML with front matter) and static files
 * templates/             FreeMarker layouts (*.ftlh)
 * templates/_includes/   Liquid includes for {% include %}
 * templates/assets/      CSS, JS and images, copied to site/assets/
 * _data/                 YAML, JSON and CSV data, as site.data
 * </pre>
 */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path includes() {
        return templates().resolve("_includes");
    }

    public Path assets() {
        return templates().resolve("assets");
    }

    public Path data() {
        return root.resolve("_data");
    }

    public Path configFile() {
        return root.resolve("_config.yml");
    }

    public Path defaultDestination() {
        return root.resolve("site");
    }

    /** The project-relative name of a file below the root, with forward slashes, for diagnostics. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
