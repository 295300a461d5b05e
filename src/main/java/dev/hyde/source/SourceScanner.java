package dev.hyde.source;

import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.ContentFile;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.Page;
import dev.hyde.model.PageBody;
import dev.hyde.model.SourceFile;
import dev.hyde.model.StaticFile;
import dev.hyde.text.Utf8Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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

    /**
     * @param destination where the site is written: a Jekyll site may have it below its root, and
     *                    it is never read as a source
     */
    public static Scan scan(ProjectLayout layout, SiteConfig config, boolean includeDrafts, Path destination,
                            Diagnostics diagnostics) {
        return scan(layout, config, includeDrafts, destination, diagnostics, Long.MAX_VALUE);
    }

    /**
     * As {@link #scan(ProjectLayout, SiteConfig, boolean, Path, Diagnostics)}, holding at most
     * {@code bodyBudget} characters of page bodies in memory: a page whose body does not fit in
     * what is left keeps only where its body is, and reads it again from its file when it renders
     * (see {@link PageBody}). A Jekyll site's pages are always held, as its generators rewrite them.
     */
    public static Scan scan(ProjectLayout layout, SiteConfig config, boolean includeDrafts, Path destination,
                            Diagnostics diagnostics, long bodyBudget) {
        return scan(layout, config, includeDrafts, destination, diagnostics, bodyBudget, ScanMemory.NONE);
    }

    /**
     * As above, taking from {@code memory} what an earlier scan read from the files that are as
     * they were (their bodies are then left in their file), and telling it what this one read.
     * A Jekyll site's files are all read.
     */
    public static Scan scan(ProjectLayout layout, SiteConfig config, boolean includeDrafts, Path destination,
                            Diagnostics diagnostics, long bodyBudget, ScanMemory memory) {
        if (layout.isJekyll()) {
            return new JekyllScanner(layout, config, includeDrafts, destination, diagnostics::add).scan(diagnostics);
        }
        Path content = layout.content();
        if (!Files.isDirectory(content)) {
            diagnostics.add(Diagnostic.error("No content folder").at(layout.relative(content))
                    .detail("Hyde looks for pages in %s.", content)
                    .hint("Create content/index.md, or point Hyde at the project's root folder.").build());
            return new Scan(List.of(), List.of());
        }
        // Reading and parsing front matter is independent per file: done on all cores, kept in path order.
        AtomicLong held = new AtomicLong();
        List<Optional<ContentFile>> found = LinkGuard.files(content, layout, diagnostics::add).parallelStream().map(file -> {
            try {
                return scanFile(layout, config, includeDrafts, file, diagnostics::add, held, bodyBudget, memory);
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
                return Optional.<ContentFile>empty();
            }
        }).toList();
        List<Page> pages = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        for (Optional<ContentFile> file : found) {
            file.ifPresent(f -> {
                if (f instanceof Page page) {
                    pages.add(page);
                } else if (f instanceof StaticFile copied) {
                    statics.add(copied);
                }
            });
        }
        return new Scan(pages, statics);
    }

    /**
     * Whether the site turns on a plugin that changes pages after the scan using the whole site
     * (GitHub Pages' generators): a file read alone is then not what a full scan gives.
     */
    public static boolean generatesPages(SiteConfig config) {
        return GithubPagesGenerators.anyEnabled(config);
    }

    /**
     * Reads one file of a Jekyll site outside its collections, as a full scan would.
     *
     * @param warnings receives the file's warnings (keys its front matter sets twice)
     * @throws DiagnosticException when the file is a page with broken front matter or not UTF-8
     */
    public static Optional<ContentFile> scanJekyllFile(ProjectLayout layout, SiteConfig config, boolean includeDrafts,
                                                       Path destination, Path file, Consumer<Diagnostic> warnings) {
        return new JekyllScanner(layout, config, includeDrafts, destination, warnings).readOne(file);
    }

    /**
     * Reads one file below content/: a {@link Page}, a {@link StaticFile}, or empty when the file
     * is not published (hidden, excluded, a draft, {@code published: false}).
     *
     * @param warnings receives the file's warnings (keys its front matter sets twice)
     * @throws DiagnosticException when the file is a page with broken front matter or not UTF-8
     */
    public static Optional<ContentFile> scanFile(ProjectLayout layout, SiteConfig config, boolean includeDrafts, Path file,
                                                 Consumer<Diagnostic> warnings) {
        return scanFile(layout, config, includeDrafts, file, warnings, new AtomicLong(), Long.MAX_VALUE, ScanMemory.NONE);
    }

    private static Optional<ContentFile> scanFile(ProjectLayout layout, SiteConfig config, boolean includeDrafts,
                                                  Path file, Consumer<Diagnostic> warnings, AtomicLong held,
                                                  long bodyBudget, ScanMemory memory) {
        String contentPath = layout.content().relativize(file).toString().replace('\\', '/');
        if (isHidden(contentPath) || isExcluded(contentPath, config)) {
            return Optional.empty();
        }
        SourceFile source = new SourceFile(file, layout.relative(file));
        Optional<ScanMemory.Recalled> known = memory.recall(source);
        if (known.isPresent()) {
            ScanMemory.ReadPage read = known.get().page();
            read.warnings().forEach(warnings);
            return place(source, contentPath, config, includeDrafts, read,
                    PageBody.inFile(source, known.get().fileSize(), known.get().fileChecksum(), read.bodyOffset()))
                    .map(ContentFile.class::cast);
        }
        if (startsWithFence(file, source.relativePath())) {
            return readPage(source, contentPath, config, includeDrafts, warnings, held, bodyBudget, memory)
                    .map(ContentFile.class::cast);
        }
        return Optional.of(new StaticFile(file, source.relativePath(), contentPath));
    }

    private static boolean isExcluded(String contentPath, SiteConfig config) {
        for (String glob : config.exclude()) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (matcher.matches(Path.of(contentPath))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Page> readPage(SourceFile source, String contentPath, SiteConfig config,
                                           boolean includeDrafts, Consumer<Diagnostic> warnings, AtomicLong held,
                                           long bodyBudget, ScanMemory memory) {
        byte[] bytes = Utf8Text.readBytes(source.path(), source.relativePath());
        String text = Utf8Text.decode(bytes, source.relativePath());
        FrontMatterSplitter.Split split = FrontMatterSplitter.splitPage(text, source.relativePath());
        List<Diagnostic> given = new ArrayList<>(1);
        FrontMatter fm = FrontMatterReader.read(split.yaml(), source.relativePath(), split.yamlLine(), given::add);
        given.forEach(warnings);
        int bodyOffset = text.length() - split.body().length();
        ScanMemory.ReadPage read = new ScanMemory.ReadPage(fm, given, bodyOffset, split.bodyLine());
        memory.remember(source, read);
        PageBody body = hold(held, split.body().length(), bodyBudget) ? PageBody.of(split.body())
                : PageBody.inFile(source, bytes, bodyOffset);
        return place(source, contentPath, config, includeDrafts, read, body);
    }

    /** The page of what was read from its file, where the configuration puts it; empty when it is not published. */
    private static Optional<Page> place(SourceFile source, String contentPath, SiteConfig config,
                                        boolean includeDrafts, ScanMemory.ReadPage read, PageBody body) {
        FrontMatter fm = read.frontMatter();
        if (!fm.published() || (fm.draft() && !includeDrafts)) {
            return Optional.empty();
        }
        Permalinks.Route route = Permalinks.route(contentPath, fm.permalink(), config.permalink(),
                outputExtension(source), source.relativePath(), fm.permalinkLine());
        return Optional.of(new Page(source, contentPath, fm, body, read.bodyLine(), route.url(), route.outputPath(),
                "", Optional.empty(), true));
    }

    /** Counts a body as held if it fits in what is left of the budget. */
    private static boolean hold(AtomicLong held, long length, long budget) {
        long now;
        do {
            now = held.get();
            if (now + length > budget) {
                return false;
            }
        } while (!held.compareAndSet(now, now + length));
        return true;
    }

    private static String outputExtension(SourceFile source) {
        return switch (source.extension()) {
            case "md", "markdown", "html", "htm" -> ".html";
            case "scss", "sass" -> ".css"; // compiled, as in a Jekyll site
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

    static boolean startsWithFence(Path file, String shownAs) {
        try (InputStream in = Files.newInputStream(file)) {
            // Windows editors start UTF-8 files with a byte-order mark; the fence follows it.
            byte[] head = in.readNBytes(64);
            int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            if (!java.util.Arrays.equals(head, start, Math.min(head.length, start + 3), FENCE, 0, 3)) {
                return false;
            }
            // Jekyll's test is /\A---\s*\r?\n/: "-----BEGIN PGP SIGNED MESSAGE-----" is no front matter.
            for (int i = start + 3; i < head.length; i++) {
                byte b = head[i];
                if (b == '\n') {
                    return true;
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0b) {
                    return false;
                }
            }
            // The file ends after the dashes (or blanks run on): a fence with nothing after it, which
            // the page then reports as front matter that is not closed.
            return true;
        } catch (NoSuchFileException e) {
            throw Diagnostic.error("File vanished while the site was being built").at(shownAs)
                    .hint("Run the build again once the file is saved.").exception();
        } catch (IOException e) {
            throw Diagnostic.error("File cannot be read").at(shownAs)
                    .detail(String.valueOf(e.getMessage())).hint("Check the file's permissions.").exception();
        }
    }


}
