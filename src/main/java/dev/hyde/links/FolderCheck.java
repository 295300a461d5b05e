package dev.hyde.links;

import dev.hyde.diag.Diagnostic;
import dev.hyde.html.HtmlId;
import dev.hyde.html.HtmlLink;
import dev.hyde.html.HtmlScanner;
import dev.hyde.html.ScannedHtml;
import dev.hyde.links.external.ExternalCheckOptions;
import dev.hyde.links.external.ExternalLinkChecker;
import dev.hyde.links.external.ExternalResult;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a folder that already holds a built site (Hyde's, Jekyll's, Hugo's ...), as
 * html-proofer does: every file is a link target, every HTML page and XML sitemap or feed is
 * read for links, and each broken link is reported at the output file, line and column that
 * holds it. Optionally, links to other sites are requested too.
 */
public final class FolderCheck {
    /** The name of the default link cache file. */
    public static final String CACHE_NAME = ".hyde-link-cache.json";

    /**
     * @param address  where the site is served: its base URL, and its own absolute address if known
     * @param external how to request external links; empty not to request them
     */
    public record Options(SiteAddress address, Optional<ExternalCheckOptions> external) {
        public Options {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(external, "external");
        }

        public static Options internalOnly(SiteAddress address) {
            return new Options(address, Optional.empty());
        }
    }

    /** One scanned file: a page's links and ids, where they are written. */
    private record Scanned(PageLinks links, List<HtmlId> ids, boolean html, boolean redirect) {
    }

    private final Path root;
    private final Options options;
    /** The folder as the user named it, to name its files: {@code site/guide/index.html}. */
    private final String shownRoot;

    private FolderCheck(Path root, Options options) {
        this.root = root;
        this.options = options;
        String shown = root.toString().replace('\\', '/');
        this.shownRoot = shown.isEmpty() ? "." : shown;
    }

    /**
     * Checks the folder {@code root}.
     *
     * @throws dev.hyde.diag.DiagnosticException when the folder does not exist or is not a folder
     */
    public static FolderCheckResult check(Path root, Options options) {
        String shown = root.toString().isEmpty() ? "." : root.toString();
        if (!Files.exists(root)) {
            throw Diagnostic.error("Site folder does not exist: " + shown)
                    .hint("Build the site first, or name the folder that holds it (hyde check _site).").exception();
        }
        if (!Files.isDirectory(root)) {
            throw Diagnostic.error("Not a folder: " + shown)
                    .hint("Name the folder the site was built into, not one of its files.").exception();
        }
        Optional<Path> cache = options.external().flatMap(ExternalCheckOptions::cacheFile);
        if (cache.isPresent() && inside(cache.get(), root)) {
            throw Diagnostic.error("The link cache file is inside the site folder: " + cache.get())
                    .detail("It would be published with the site, and read as one of its files.")
                    .hint("Keep it beside the site: leave the default (%s), or name a file outside %s.",
                            defaultCacheFile(root).map(Path::toString).orElse("none"), shown).exception();
        }
        return new FolderCheck(root, options).run();
    }

    /** The link cache used unless another is named: {@code .hyde-link-cache.json} beside the site's folder. */
    public static Optional<Path> defaultCacheFile(Path root) {
        Path parent = root.toAbsolutePath().normalize().getParent();
        return parent == null ? Optional.empty() : Optional.of(parent.resolve(CACHE_NAME));
    }

    private static boolean inside(Path file, Path root) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(root.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            // Through links: the file's folder as it really is, against the site's real folder.
            Path parent = absolute.getParent();
            return parent != null && Files.isDirectory(parent)
                    && parent.toRealPath().resolve(absolute.getFileName()).startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private String shown(String relative) {
        return shownRoot.endsWith("/") ? shownRoot + relative : shownRoot + "/" + relative;
    }

    private FolderCheckResult run() {
        SiteFolder folder;
        try {
            folder = SiteFolder.walk(root, this::shown);
        } catch (IOException e) {
            throw Diagnostic.error("Site folder cannot be read: " + shownRoot)
                    .detail("%s", String.valueOf(e.getMessage())).hint("Check the folder's permissions.").exception();
        }
        List<LinkProblem> problems = new ArrayList<>();
        for (Diagnostic d : folder.problems()) {
            problems.add(new LinkProblem(d, d.title().startsWith("File cannot be read")
                    ? LinkProblem.Kind.FILE_PROBLEM : LinkProblem.Kind.SYMBOLIC_LINK, "", "", "", ""));
        }

        // Pages are read and parsed in parallel: the parse is the costly part.
        List<Optional<Scanned>> scans = folder.files().parallelStream().map(path -> scan(path, problems)).toList();
        SiteFiles files = new SiteFiles();
        folder.linkedOut().forEach(files::addFile);
        List<Scanned> pages = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            String path = folder.files().get(i);
            Optional<Scanned> scanned = scans.get(i);
            if (scanned.isPresent() && scanned.get().html()) {
                files.addPage(path, scanned.get().ids().stream().map(HtmlId::id).toList(), scanned.get().redirect());
            } else {
                files.addFile(path);
            }
            scanned.ifPresent(pages::add);
        }

        LinkChecker checker = new LinkChecker(files, options.address());
        LinkResolver resolver = new LinkResolver(options.address());
        List<List<LinkProblem>> found = pages.parallelStream().map(page -> internal(page, checker, resolver)).toList();
        found.forEach(problems::addAll);

        int internalLinks = 0;
        int externalLinks = 0;
        for (Scanned page : pages) {
            for (HtmlLink link : page.links().links()) {
                LinkTarget target = resolver.resolve(page.links().location(), page.links().base(), link.value());
                if (target instanceof LinkTarget.External) {
                    externalLinks++;
                } else if (!(target instanceof LinkTarget.Ignored) && !link.element().equals("form")) {
                    internalLinks++;
                }
            }
        }
        if (options.external().isPresent()) {
            problems.addAll(external(pages, checker, resolver, options.external().get()));
        } else {
            externalLinks = 0;
        }

        problems.sort(Comparator.comparing((LinkProblem p) -> p.diagnostic().file())
                .thenComparingInt(p -> p.diagnostic().line())
                .thenComparingInt(p -> p.diagnostic().column())
                .thenComparing(p -> p.diagnostic().title()));
        int htmlPages = (int) pages.stream().filter(Scanned::html).count();
        if (htmlPages == 0 && problems.stream().noneMatch(p -> p.diagnostic().isError())) {
            throw Diagnostic.error("No HTML pages in " + shownRoot)
                    .detail("%s", files.size() == 0 ? "The folder is empty." : "It holds no *.html or *.htm file.")
                    .hint("Name the folder the site was built into (site, _site or public).").exception();
        }
        return new FolderCheckResult(shownRoot, files.size(), htmlPages, internalLinks + externalLinks, externalLinks,
                problems);
    }

    /** Reads and scans one file if it is a page or an XML file; empty for any other file. */
    private Optional<Scanned> scan(String path, List<LinkProblem> problems) {
        String lower = path.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        if (!html && !lower.endsWith(".xml")) {
            return Optional.empty();
        }
        String text;
        try {
            // Bytes that are not UTF-8 are replaced rather than refused: the links are what matters.
            text = new String(Files.readAllBytes(root.resolve(path)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            synchronized (problems) {
                problems.add(new LinkProblem(Diagnostic.error("File cannot be read").at(shown(path))
                        .detail("%s", String.valueOf(e.getMessage())).hint("Check the file's permissions.").build(),
                        LinkProblem.Kind.FILE_PROBLEM, "", "", "", ""));
            }
            return Optional.empty();
        }
        String baseurl = options.address().baseurl();
        if (!html) {
            return Optional.of(new Scanned(new PageLinks(path, baseurl + "/" + path, null,
                    HtmlScanner.scanXml(text).links()), List.of(), false, false));
        }
        ScannedHtml scan = HtmlScanner.scan(text);
        boolean redirect = scan.links().stream().anyMatch(link -> link.element().equals("meta"));
        return Optional.of(new Scanned(new PageLinks(path, location(path, baseurl), scan.base().orElse(null),
                scan.links()), scan.ids(), true, redirect));
    }

    /** Where a page is served: a folder's index ({@code index.html} or {@code index.htm}) at the folder. */
    private static String location(String path, String baseurl) {
        if (path.equals("index.htm") || path.endsWith("/index.htm")) {
            return baseurl + "/" + path.substring(0, path.length() - "index.htm".length());
        }
        return PageLinks.location(path, baseurl);
    }

    private List<LinkProblem> internal(Scanned page, LinkChecker checker, LinkResolver resolver) {
        List<LinkProblem> found = new ArrayList<>();
        String file = shown(page.links().outputPath());
        for (BrokenLink broken : checker.check(page.links())) {
            HtmlLink link = broken.link();
            LinkTarget target = resolver.resolve(page.links().location(), page.links().base(), link.value());
            Diagnostic.Builder builder = Diagnostic.error(broken.title()).at(file, link.line(), link.column());
            if (target instanceof LinkTarget.Internal internal
                    && broken.problem() == BrokenLink.Problem.ANCHOR_NOT_FOUND) {
                builder.detail("The <%s %s> leads to %s/%s, which has no element with the id \"%s\".",
                        link.element(), link.attribute(), options.address().baseurl(), internal.path(),
                        internal.fragment());
            } else if (target instanceof LinkTarget.Internal internal) {
                builder.detail("The <%s %s> leads to %s/%s, which no file of the site serves.", link.element(),
                        link.attribute(), options.address().baseurl(), internal.path());
            } else {
                builder.detail("The <%s %s> leads to %s.", link.element(), link.attribute(), link.value());
            }
            builder.hint("%s", BrokenLinkHints.hint(broken, options.address().baseurl()));
            found.add(new LinkProblem(builder.build(), LinkProblem.Kind.valueOf(broken.problem().name()), link.value(),
                    link.element(), link.attribute(), broken.suggestion().orElse("")));
        }
        for (HtmlId duplicate : LinkChecker.duplicateIds(page.ids())) {
            HtmlId first = page.ids().stream().filter(id -> !id.named() && id.id().equals(duplicate.id()))
                    .findFirst().orElse(duplicate);
            Diagnostic d = Diagnostic.warning("Duplicate id on one page: " + duplicate.id())
                    .at(file, duplicate.line(), duplicate.column())
                    .detail("The id was used first at line %d, column %d.", first.line(), first.column())
                    .hint("%s", BrokenLinkHints.duplicateId(duplicate.id())).build();
            found.add(new LinkProblem(d, LinkProblem.Kind.DUPLICATE_ID, duplicate.id(), "", "id", ""));
        }
        return found;
    }

    /** Requests every distinct external URL once, then reports each failing one at every place it is written. */
    private List<LinkProblem> external(List<Scanned> pages, LinkChecker checker, LinkResolver resolver,
                                       ExternalCheckOptions external) {
        Set<URI> urls = new LinkedHashSet<>();
        for (Scanned page : pages) {
            urls.addAll(checker.externalLinks(page.links()));
        }
        List<LinkProblem> found = new ArrayList<>();
        Map<URI, ExternalResult> results = ExternalLinkChecker.check(urls, external, warning ->
                found.add(new LinkProblem(warning, LinkProblem.Kind.CACHE_PROBLEM, "", "", "", "")));
        for (Scanned page : pages) {
            String file = shown(page.links().outputPath());
            for (HtmlLink link : page.links().links()) {
                if (!(resolver.resolve(page.links().location(), page.links().base(), link.value())
                        instanceof LinkTarget.External target)) {
                    continue;
                }
                ExternalResult result = results.get(LinkChecker.withoutFragment(target.uri()));
                if (result == null || result.ok()) {
                    continue;
                }
                boolean broken = result.outcome() == ExternalResult.Outcome.BROKEN;
                Diagnostic d = Diagnostic.error((broken ? "External link broken: " : "External link unreachable: ")
                                + link.value())
                        .at(file, link.line(), link.column())
                        .detail("The <%s %s>: %s.", link.element(), link.attribute(), result.reason())
                        .hint("%s", broken
                                ? "The server answers that the page is not there (or not for everyone): "
                                        + "update the link to where the page is now, or remove it."
                                : "No answer came: check the host name, or check again later if the site is "
                                        + "only down for now.")
                        .build();
                found.add(new LinkProblem(d, broken ? LinkProblem.Kind.EXTERNAL_BROKEN
                        : LinkProblem.Kind.EXTERNAL_UNREACHABLE, link.value(), link.element(), link.attribute(), ""));
            }
        }
        return found;
    }
}
