package dev.hyde.source;

import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.Page;
import dev.hyde.model.SourceFile;
import dev.hyde.model.StaticFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scan stage: walks {@code content/} and sorts every file into a page (it has front matter)
 * or a static file (copied as it is). Pages with {@code published: false}, drafts (unless asked
 * for) and excluded paths are left out here, so no later stage sees them.
 */
public final class SourceScanner {
    private static final byte[] FENCE = {'-', '-', '-'};

    private SourceScanner() {
    }

    /** What the content folder holds. */
    public record Scan(List<Page> pages, List<StaticFile> staticFiles) {
    }

    public static Scan scan(ProjectLayout layout, SiteConfig config, boolean includeDrafts, Diagnostics diagnostics) {
        Path content = layout.content();
        if (!Files.isDirectory(content)) {
            diagnostics.add(Diagnostic.error("No content folder").at(layout.relative(content))
                    .detail("Hyde looks for pages in %s.", content)
                    .hint("Create content/index.md, or point Hyde at the project's root folder.").build());
            return new Scan(List.of(), List.of());
        }
        List<PathMatcher> excluded = config.exclude().stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        List<Page> pages = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        for (Path file : files(content)) {
            String contentPath = content.relativize(file).toString().replace('\\', '/');
            if (isHidden(contentPath) || excluded.stream().anyMatch(m -> m.matches(Path.of(contentPath)))) {
                continue;
            }
            SourceFile source = new SourceFile(file, layout.relative(file));
            try {
                if (startsWithFence(file)) {
                    readPage(source, contentPath, config, includeDrafts).ifPresent(pages::add);
                } else {
                    statics.add(new StaticFile(file, source.relativePath(), contentPath));
                }
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
            }
        }
        return new Scan(pages, statics);
    }

    private static Optional<Page> readPage(SourceFile source, String contentPath, SiteConfig config,
                                           boolean includeDrafts) {
        String text = Utf8Text.read(source.path(), source.relativePath());
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text).orElseThrow(() ->
                Diagnostic.error("Front matter is not closed").at(source.relativePath(), 1)
                        .detail("The file starts with '---' but no closing '---' line follows.")
                        .hint("End the front matter with a line of three dashes.").exception());
        FrontMatter fm = FrontMatterReader.read(split.yaml(), source.relativePath(), split.yamlLine());
        if (!fm.published() || (fm.draft() && !includeDrafts)) {
            return Optional.empty();
        }
        Permalinks.Route route = Permalinks.route(contentPath, fm.permalink(), config.permalink(),
                outputExtension(source), source.relativePath());
        return Optional.of(new Page(source, contentPath, fm, split.body(), split.bodyLine(),
                route.url(), route.outputPath()));
    }

    private static String outputExtension(SourceFile source) {
        return switch (source.extension()) {
            case "md", "markdown", "html", "htm" -> ".html";
            case "" -> "";
            default -> "." + source.extension();
        };
    }

    /** Files and folders whose name starts with '.' or '_' are sources' private parts, never published. */
    private static boolean isHidden(String contentPath) {
        for (String segment : contentPath.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithFence(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return java.util.Arrays.equals(head, FENCE);
        } catch (IOException e) {
            throw Diagnostic.error("File cannot be read").at(file.toString())
                    .detail(String.valueOf(e.getMessage())).exception();
        }
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
