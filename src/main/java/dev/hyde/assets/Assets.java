package dev.hyde.assets;

import dev.hyde.diag.Diagnostic;
import dev.hyde.source.LinkGuard;
import java.util.function.Consumer;

import dev.hyde.config.ProjectLayout;
import dev.hyde.model.StaticFile;
import dev.hyde.theme.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The static assets a site gets besides its content: the templates' asset folder, and
 * highlight.js for code blocks, served from the site itself so no page loads anything from
 * another host.
 */
public final class Assets {
    private static final String HIGHLIGHT_POM = "META-INF/maven/org.webjars/highlightjs/pom.properties";

    private Assets() {
    }

    /**
     * Everything below templates/assets/, published below assets/.
     *
     * @param report receives an error for every link that leaves the project, is broken or loops
     */
    public static List<StaticFile> templateAssets(ProjectLayout project, Consumer<Diagnostic> report) {
        Path assets = project.assets().orElse(null);
        if (assets == null || !Files.isDirectory(assets)) {
            return List.of();
        }
        return LinkGuard.files(assets, project, report).stream()
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .map(p -> new StaticFile(p, project.relative(p),
                        "assets/" + assets.relativize(p).toString().replace('\\', '/')))
                .toList();
    }

    /**
     * What Hyde adds to every site from its own jar: highlight.js, and in a Hyde project the
     * built-in theme's assets, less those the project has a file of its own for.
     *
     * @param statics the site's static files (content and template assets)
     */
    public static List<BundledAsset> bundled(ProjectLayout project, java.util.Collection<StaticFile> statics) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        statics.forEach(file -> taken.add(file.outputPath()));
        List<BundledAsset> all = new java.util.ArrayList<>(highlightJs());
        if (!project.isJekyll()) {
            for (String asset : Theme.assets()) {
                if (!taken.contains(asset)) {
                    all.add(new BundledAsset(Theme.resource(asset), asset));
                }
            }
        }
        return all;
    }

    /** highlight.js (its common-languages bundle) with a light and a dark theme. */
    public static List<BundledAsset> highlightJs() {
        return HighlightJs.FILES;
    }

    /** Read from the class path once, when first asked for: every build and rebuild copies the same files. */
    private static final class HighlightJs {
        private static final List<BundledAsset> FILES = files();
    }

    private static List<BundledAsset> files() {
        String root = "META-INF/resources/webjars/highlightjs/" + highlightVersion() + "/";
        return List.of(
                new BundledAsset(root + "highlight.min.js", "assets/highlight/highlight.min.js"),
                new BundledAsset(root + "styles/github.min.css", "assets/highlight/styles/github.min.css"),
                new BundledAsset(root + "styles/github-dark.min.css", "assets/highlight/styles/github-dark.min.css"));
    }

    public static InputStream open(BundledAsset asset) {
        InputStream in = Assets.class.getClassLoader().getResourceAsStream(asset.resource());
        if (in == null) {
            throw new IllegalStateException("bundled asset missing from the class path: " + asset.resource());
        }
        return in;
    }

    /** Read from the webjar itself, so upgrading the dependency needs no code change. */
    private static String highlightVersion() {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(HIGHLIGHT_POM)) {
            if (in == null) {
                throw new IllegalStateException("highlight.js webjar missing from the class path");
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
