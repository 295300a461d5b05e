package dev.hyde.pipeline;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.html.HtmlId;
import dev.hyde.html.HtmlLink;
import dev.hyde.html.HtmlScanner;
import dev.hyde.html.ScannedHtml;
import dev.hyde.links.BrokenLink;
import dev.hyde.links.BrokenLinkHints;
import dev.hyde.links.CheckFindings;
import dev.hyde.links.LinkChecker;
import dev.hyde.links.PackedLinks;
import dev.hyde.links.PageLinks;
import dev.hyde.links.SiteAddress;
import dev.hyde.links.SiteFiles;
import dev.hyde.links.SourceLocation;
import dev.hyde.links.SourceLocator;
import dev.hyde.links.SourceText;
import dev.hyde.model.Page;
import dev.hyde.output.OutputSink;
import dev.hyde.plugins.GeneratedFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The link check of a build: learns every file and page as the build writes them, then checks
 * every link of every page against the whole site and reports each broken one at the source
 * line that wrote it. A broken link is a warning, or an error in strict mode; a duplicate id is
 * a warning.
 */
public final class LinkCheckStage {
    private final ProjectLayout project;
    private final SiteAddress address;
    private final boolean strict;
    private final SiteFiles files = new SiteFiles();
    private final Queue<Checked> pages = new ConcurrentLinkedQueue<>();
    /** Where the built site is, as reports name its files ({@code site/}). */
    private final String outputPrefix;
    /** Sources read while reporting, each once. */
    private final Map<Path, Optional<String>> texts = new HashMap<>();

    /** The site's one copy of each link's form. */
    private final PackedLinks.Forms copies = new PackedLinks.Forms();
    /** What the last build's check found, for the pages kept from it; null to check every page. */
    private volatile CheckFindings last;
    /** Pages kept from the last build, checked again only when a page their links point into changed. */
    private final Queue<Kept> kept = new ConcurrentLinkedQueue<>();
    /** Whether to keep what the check finds on each page, for the next build ({@link #findings}). */
    private final boolean keepFindings;
    /** What this check found, once it ran, when kept. */
    private CheckFindings found;

    /**
     * A page to check and what made it, to find the source line of a broken link.
     *
     * @param location   the path it is served at, base URL included
     * @param base       its {@code <base href>}, or null
     * @param ids        the digest of what its links can point at ({@link CheckFindings#ids}); null
     *                   for a file that is not an HTML page, and when findings are not kept
     * @param duplicates its ids used a second time
     * @param text       the digest of a generated file's text ({@link CheckFindings.Page#text}), empty
     *                   for a page
     */
    private record Checked(String outputPath, String location, String base, PackedLinks links, Origin origin,
                           String ids, List<HtmlId> duplicates, String text) {
        PageLinks unpacked() {
            return new PageLinks(outputPath, location, base, links.links());
        }
    }

    /**
     * A page kept from the last build, or a generated file written as the last build wrote it,
     * with what the last check found on it.
     *
     * @param scan its links and ids, from its record (or its text) when asked
     */
    private record Kept(String outputPath, String location, Origin origin, CheckFindings.Page before,
                        Supplier<ScannedHtml> scan) {
    }

    /** A page's links as checked, with what made the page. */
    private record Unpacked(PageLinks links, Origin origin) {
    }

    /** What checking one page found: its broken links (empty for none) and its findings for the next build. */
    private record Outcome(String outputPath, Origin origin, Unpacked page, List<BrokenLink> broken,
                           List<HtmlId> duplicates, CheckFindings.Page findings) {
    }

    /**
     * What wrote a page: a source page through its includes and layouts, or a generated file.
     *
     * @param page        the source page, or null for a generated file
     * @param file        the project-relative file to name when no line is found
     * @param line        the line to name then (a redirect's {@code redirect_from}), 0 when none
     * @param layoutFiles project-relative templates that wrapped the page
     * @param includes    include names it used
     * @param dataKeys    keys of site.data it read
     */
    private record Origin(Page page, String file, int line, List<String> layoutFiles, List<String> includes,
                          List<String> dataKeys) {
    }

    /**
     * @param output where the site is written, to name its files in reports
     * @param strict true to make broken links errors
     */
    public LinkCheckStage(ProjectLayout project, Path output, SiteAddress address, boolean strict) {
        this(project, output, address, strict, false);
    }

    /**
     * @param keepFindings whether to keep what the check finds on each page ({@link #findings}),
     *                     for a build after this one to take for the pages it keeps
     */
    public LinkCheckStage(ProjectLayout project, Path output, SiteAddress address, boolean strict,
                          boolean keepFindings) {
        this.keepFindings = keepFindings;
        this.project = project;
        Path root = project.root().toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        String relative = out.startsWith(root) ? root.relativize(out).toString().replace('\\', '/') : out.toString();
        this.outputPrefix = relative.isEmpty() ? "" : relative + "/";
        this.address = address;
        this.strict = strict;
    }

    /** A file written to the site (a page's file is also announced through {@link #page}). */
    public void file(String outputPath) {
        files.addFile(outputPath);
    }

    /** {@code out}, telling this check of every file written to it. */
    public OutputSink recording(OutputSink out) {
        return new OutputSink() {
            @Override
            public void write(String path, byte[] bytes) {
                out.write(path, bytes);
                files.addFile(path);
            }

            @Override
            public void copy(String path, Path source) {
                out.copy(path, source);
                files.addFile(path);
            }

            @Override
            public void copy(String path, java.io.InputStream source) {
                out.copy(path, source);
                files.addFile(path);
            }
        };
    }

    /** Whether a folder on disk serves a path (below it, with a leading slash) as a static server would. */
    static boolean existsOnDisk(Path root, String path) {
        String relative = dev.hyde.links.LinkResolver.decodePath(path).replaceFirst("^/+", "");
        if (relative.contains("..")) {
            return false;
        }
        Path file = root.resolve(relative);
        return relative.isEmpty() || relative.endsWith("/") ? Files.isRegularFile(file.resolve("index.html"))
                : Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html"))
                || Files.isRegularFile(root.resolve(relative + ".html"));
    }

    /** A page rendered from a source page. */
    public void page(RenderedPage rendered) {
        Page page = rendered.page();
        page(page, page.isHtmlOutput() ? Optional.of(rendered.finished().scan()) : Optional.empty(),
                rendered.layoutFiles(), rendered.dependencies());
    }

    /**
     * What the last build's check found, for the pages kept from it ({@link #kept}); given before
     * any page is kept.
     */
    public void takeUp(CheckFindings last) {
        this.last = last;
    }

    /**
     * A page kept from the last build: its links and ids, read from its record by {@code scan}
     * when they are needed. With what the last check found on it, that is only when a page its
     * links point into changed, or the site's files did; without, now.
     */
    public void kept(Page page, PageRecord record, Supplier<Optional<ScannedHtml>> scan) {
        CheckFindings known = last;
        CheckFindings.Page before = known == null || !page.isHtmlOutput() ? null : known.pages().get(page.outputPath());
        if (before == null) {
            page(page, scan.get(), record.layoutFiles(), record.dependencies());
            return;
        }
        Supplier<ScannedHtml> html = () -> scan.get().orElseThrow(
                () -> new IllegalStateException("a kept HTML page without its links: " + page.outputPath()));
        // its ids are read if a link points into it
        files.addPage(page.outputPath(), html);
        kept.add(new Kept(page.outputPath(), address.baseurl() + page.url(), origin(page, record.layoutFiles(), record.dependencies()),
                before, html));
    }

    /** A page with its links and ids when it is HTML, and what made it, to find a broken link's source line. */
    private void page(Page page, Optional<ScannedHtml> scan, List<String> layoutFiles,
                      dev.hyde.deps.PageDependencies dependencies) {
        if (scan.isEmpty()) {
            files.addFile(page.outputPath());
            return;
        }
        add(page.outputPath(), page.url(), scan.get(), origin(page, layoutFiles, dependencies));
    }

    private static Origin origin(Page page, List<String> layoutFiles, dev.hyde.deps.PageDependencies dependencies) {
        return new Origin(page, page.source().relativePath(), 0, layoutFiles,
                List.copyOf(dependencies.includes()), List.copyOf(dependencies.dataKeys()));
    }

    /** A page whose links are not checked, only known as a target (read if a link points into it). */
    public void target(RenderedPage rendered) {
        Page page = rendered.page();
        if (page.isHtmlOutput()) {
            files.addPage(page.outputPath(), () -> rendered.finished().scan());
        } else {
            files.addFile(page.outputPath());
        }
    }

    /**
     * A file a plugin or the theme generated: a redirect, the sitemap, the feed, the shared
     * navigation. One whose text is what the last build wrote is taken as the last check found
     * it, as a kept page is (the shared navigation of a site of 10,000 pages is 10,000 links).
     */
    public void generated(GeneratedFile file) {
        String path = file.outputPath();
        Origin origin = new Origin(null, file.origin(), file.line(), List.of(), List.of(), List.of("nav"));
        boolean html = path.endsWith(".html") || path.endsWith(".htm");
        if (!html && !path.endsWith(".xml")) {
            files.addFile(path);
            return;
        }
        String url = "/" + (path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path);
        String text = keepFindings ? CheckFindings.text(file.text()) : "";
        CheckFindings known = last;
        CheckFindings.Page before = known == null || !keepFindings ? null : known.pages().get(path);
        if (before != null && before.text().equals(text)) {
            Supplier<ScannedHtml> scan = html ? () -> HtmlScanner.scan(file.text()) : () -> HtmlScanner.scanXml(file.text());
            if (html) {
                files.addPage(path, scan);
            } else {
                files.addFile(path);
            }
            kept.add(new Kept(path, address.baseurl() + url, origin, before, scan));
        } else if (html) {
            add(path, url, HtmlScanner.scan(file.text()), origin, text);
        } else {
            files.addFile(path);
            // no ids of its own, but kept with its findings like a page when its text is the same
            pages.add(new Checked(path, address.baseurl() + "/" + path, null,
                    PackedLinks.of(HtmlScanner.scanXml(file.text()).links(), copies), origin,
                    keepFindings ? CheckFindings.ids(List.of(), false) : null, List.of(), text));
        }
    }

    private void add(String outputPath, String url, ScannedHtml scan, Origin origin) {
        add(outputPath, url, scan, origin, "");
    }

    private void add(String outputPath, String url, ScannedHtml scan, Origin origin, String text) {
        List<String> ids = new ArrayList<>(scan.ids().size());
        for (HtmlId id : scan.ids()) {
            ids.add(id.id());
        }
        boolean redirect = SiteFiles.isRedirect(scan);
        files.addPage(outputPath, ids, redirect);
        pages.add(checked(outputPath, address.baseurl() + url, scan, origin, ids, redirect, text));
    }

    private Checked checked(String outputPath, String location, ScannedHtml scan, Origin origin, List<String> ids,
                            boolean redirect, String text) {
        return checked(outputPath, location, scan, origin, ids, redirect, text, PackedLinks.of(scan.links(), copies));
    }

    private Checked checked(String outputPath, String location, ScannedHtml scan, Origin origin, List<String> ids,
                            boolean redirect, String text, PackedLinks links) {
        return new Checked(outputPath, location, scan.base().orElse(null), links,
                origin, keepFindings ? CheckFindings.ids(ids, redirect) : null, LinkChecker.duplicateIds(scan.ids()), text);
    }

    /**
     * Checks every link collected.
     *
     * @param existsOutside whether a path outside the base URL is served anyway (other versions)
     * @return a diagnostic per broken link (one per source place, however many pages it is on)
     *         and per duplicate id
     */
    public List<Diagnostic> check(Predicate<String> existsOutside) {
        LinkChecker checker = new LinkChecker(files, address, existsOutside);
        List<Checked> fresh = new ArrayList<>(pages);
        Set<String> siteFiles = keepFindings ? files.all() : null;
        Changes changes = changes(fresh, siteFiles);
        List<Outcome> outcomes = new ArrayList<>();
        List<Kept> again = new ArrayList<>();
        for (Kept page : kept) {
            Outcome replayed = changes != null && !changes.reach(page.before()) ? replayed(page) : null;
            if (replayed != null) {
                outcomes.add(replayed);
            } else {
                again.add(page);
            }
        }
        // A kept page checked again is read from its record as its turn comes, and let go with
        // the rest of it: a site of 100,000 pages whose files changed checks them all again,
        // which held at once did not fit its heap. Unpacked one page at a time; only the pages
        // with a broken link are kept so.
        java.util.stream.Stream.concat(fresh.stream(), again.stream().map(this::checkedAgain)).parallel().map(page -> {
            PageLinks links = page.unpacked();
            Set<String> targets = keepFindings ? new java.util.TreeSet<>() : Set.of();
            List<BrokenLink> broken = keepFindings ? checker.check(links, targets::add) : checker.check(links);
            CheckFindings.Page findings = page.ids() == null ? null
                    : new CheckFindings.Page(page.ids(), List.copyOf(targets), brokenAt(links, broken), page.duplicates(),
                    page.text());
            if (broken.isEmpty() && page.duplicates().isEmpty() && findings == null) {
                return null; // nothing to report or keep: let go at once
            }
            return new Outcome(page.outputPath(), page.origin(),
                    broken.isEmpty() ? null : new Unpacked(links, page.origin()), broken, page.duplicates(), findings);
        }).filter(java.util.Objects::nonNull).forEachOrdered(outcomes::add);
        // in the order of the site's files, so that a group's first page is the same in every build
        outcomes.sort(Comparator.comparing(Outcome::outputPath));
        Map<String, CheckFindings.Page> next = new HashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Diagnostic> duplicated = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.findings() != null) {
                next.put(outcome.outputPath(), outcome.findings());
            }
            for (HtmlId duplicate : outcome.duplicates()) {
                duplicated.add(duplicateId(duplicate, outcome.outputPath(), outcome.origin()));
            }
            if (outcome.broken().isEmpty()) {
                continue;
            }
            Unpacked page = outcome.page();
            Map<String, Integer> seen = new HashMap<>();
            for (BrokenLink link : outcome.broken()) {
                int occurrence = seen.merge(link.link().value(), 1, Integer::sum) - 1;
                Optional<SourceLocation> at = locate(page.origin(), link.link(), occurrence);
                String key = at.map(l -> l.file() + ":" + l.line() + ":" + l.column())
                        .orElse(page.origin().file() + "@" + page.links().outputPath() + ":" + link.link().line()
                                + ":" + link.link().column()) + " " + link.title();
                groups.computeIfAbsent(key, k -> new Group(link, page, at)).pages.add(page.links().location());
            }
        }
        List<Diagnostic> found = new ArrayList<>();
        groups.values().forEach(group -> found.add(group.diagnostic()));
        found.addAll(duplicated);
        this.found = keepFindings ? new CheckFindings(siteFiles, next) : null;
        found.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return found;
    }

    /** What the check found on each HTML page, for the next build; null before {@link #check} ran or when not kept. */
    public CheckFindings findings() {
        return found;
    }

    /** A kept page to check again, its links and ids read from its record. */
    private Checked checkedAgain(Kept page) {
        ScannedHtml scan = page.scan().get();
        List<String> ids = scan.ids().stream().map(HtmlId::id).toList();
        return checked(page.outputPath(), page.location(), scan, page.origin(), ids, SiteFiles.isRedirect(scan),
                page.before().text(), PackedLinks.unshared(scan.links()));
    }

    /**
     * What changed since the last check for the pages kept from it.
     *
     * @param targets      files whose ids are not what the last check saw (changed, new, or gone),
     *                     and files a link may find instead of the one it found (a file added
     *                     before it in the order links are served in)
     * @param brokenLinks  whether files were added, which a link broken before may find now (or
     *                     be given another suggestion for)
     */
    private record Changes(Set<String> targets, boolean brokenLinks) {
        /** Whether a kept page must be checked again rather than found as it was. */
        boolean reach(CheckFindings.Page before) {
            return (brokenLinks && !before.broken().isEmpty()) || before.targets().stream().anyMatch(targets::contains);
        }
    }

    /**
     * What kept pages are checked again for; null when the last check's findings cannot be taken
     * at all: there are none, or a file of the site is gone (a link that found it would not now,
     * and which links those were is not kept).
     */
    private Changes changes(List<Checked> fresh, Set<String> siteFiles) {
        CheckFindings known = last;
        if (known == null || !keepFindings || kept.isEmpty() || siteFiles.size() < known.files().size()
                || !siteFiles.containsAll(known.files())) {
            return null;
        }
        Set<String> changed = new HashSet<>();
        boolean added = siteFiles.size() > known.files().size();
        if (added) {
            for (String file : siteFiles) {
                if (!known.files().contains(file)) {
                    changed.addAll(SiteFiles.shadowedBy(file));
                }
            }
        }
        Set<String> present = new HashSet<>();
        for (Checked page : fresh) {
            if (page.ids() != null) {
                present.add(page.outputPath());
                CheckFindings.Page before = known.pages().get(page.outputPath());
                if (before == null || !before.ids().equals(page.ids())) {
                    changed.add(page.outputPath());
                }
            }
        }
        for (Kept page : kept) {
            present.add(page.outputPath());
        }
        for (String path : known.pages().keySet()) {
            if (!present.contains(path)) {
                changed.add(path);
            }
        }
        return new Changes(changed, added);
    }

    /**
     * A kept page as the last check found it; its links are read only when it has broken ones,
     * for their report. Null when what was found does not fit its links: it is checked instead.
     */
    private Outcome replayed(Kept page) {
        CheckFindings.Page before = page.before();
        String path = page.outputPath();
        if (before.broken().isEmpty()) {
            return new Outcome(path, page.origin(), null, List.of(), before.duplicates(), before);
        }
        ScannedHtml scan = page.scan().get();
        PageLinks links = new PageLinks(path, page.location(), scan.base().orElse(null), scan.links());
        List<BrokenLink> broken = new ArrayList<>();
        for (CheckFindings.Broken link : before.broken()) {
            if (link.link() < 0 || link.link() >= links.links().size()) {
                return null;
            }
            broken.add(link.on(links));
        }
        return new Outcome(path, page.origin(), new Unpacked(links, page.origin()), broken, before.duplicates(), before);
    }

    /** Each broken link with its place among the page's links. */
    private static List<CheckFindings.Broken> brokenAt(PageLinks links, List<BrokenLink> broken) {
        List<CheckFindings.Broken> at = new ArrayList<>(broken.size());
        for (BrokenLink link : broken) {
            int index = 0;
            while (links.links().get(index) != link.link()) {
                index++;
            }
            at.add(CheckFindings.Broken.of(link, index));
        }
        return at;
    }

    /** One broken link at one source place, and the pages it is on. */
    private final class Group {
        private final BrokenLink link;
        private final Unpacked first;
        private final Optional<SourceLocation> at;
        private final List<String> pages = new ArrayList<>();

        Group(BrokenLink link, Unpacked first, Optional<SourceLocation> at) {
            this.link = link;
            this.first = first;
            this.at = at;
        }

        Diagnostic diagnostic() {
            Diagnostic.Builder builder = strict ? Diagnostic.error(link.title()) : Diagnostic.warning(link.title());
            Origin origin = first.origin();
            String output = outputName(first.links().outputPath()) + ":" + link.link().line() + ":" + link.link().column();
            if (at.isPresent()) {
                builder.at(at.get().file(), at.get().line(), at.get().column());
            } else {
                builder.at(origin.file(), origin.line());
            }
            StringBuilder detail = new StringBuilder("The <").append(link.link().element()).append(' ')
                    .append(link.link().attribute()).append("> at ").append(output);
            boolean ownFile = at.isPresent() && origin.page() != null && at.get().file().equals(origin.file());
            if (!ownFile && origin.page() != null) {
                detail.append(at.isPresent() ? " was written by this file" : " was written by a template or a Liquid expression")
                        .append(" for ").append(origin.file());
                if (pages.size() > 1) {
                    detail.append(" and ").append(pages.size() - 1).append(pages.size() == 2 ? " other page" : " other pages");
                }
            } else if (pages.size() > 1) {
                detail.append(" and on ").append(pages.size() - 1).append(pages.size() == 2 ? " other page" : " other pages");
            }
            detail.append('.');
            builder.detail("%s", detail);
            builder.hint("%s", BrokenLinkHints.hint(link, address.baseurl()));
            return builder.build();
        }
    }

    private Optional<SourceLocation> locate(Origin origin, HtmlLink link, int occurrence) {
        List<String> forms = new ArrayList<>();
        forms.add(link.written());
        forms.add(link.value());
        String baseurl = address.baseurl();
        if (!baseurl.isEmpty() && link.value().startsWith(baseurl + "/")) {
            forms.add(link.value().substring(baseurl.length()));
        }
        if (!address.siteUrl().isEmpty() && link.value().startsWith(address.siteUrl() + baseurl + "/")) {
            forms.add(link.value().substring(address.siteUrl().length() + baseurl.length()));
        }
        return SourceLocator.locate(sources(origin), forms, occurrence);
    }

    private Diagnostic duplicateId(HtmlId id, String outputPath, Origin origin) {
        Optional<SourceLocation> at = SourceLocator.locate(sources(origin), List.of(id.id()), 1);
        Diagnostic.Builder builder = Diagnostic.warning("Duplicate id on one page: " + id.id());
        if (at.isPresent()) {
            builder.at(at.get().file(), at.get().line(), at.get().column());
        } else {
            builder.at(origin.file(), origin.line());
        }
        return builder.detail("In the built site at %s:%d:%d, the id is used a second time.", outputName(outputPath),
                        id.line(), id.column())
                .hint("%s", BrokenLinkHints.duplicateId(id.id()))
                .build();
    }

    /** The files that may have written a page's text, in the order they wrap it. */
    private List<SourceText> sources(Origin origin) {
        List<SourceText> sources = new ArrayList<>();
        if (origin.page() != null) {
            read(origin.page().source().path()).ifPresent(text -> sources.add(new SourceText(origin.file(), text, 1)));
        } else if (!origin.file().isEmpty()) {
            read(project.root().resolve(origin.file())).ifPresent(text ->
                    sources.add(new SourceText(origin.file(), text, 1)));
        }
        for (String include : origin.includes()) {
            Path file = project.includes().resolve(include);
            read(file).ifPresent(text -> sources.add(new SourceText(project.relative(file), text, 1)));
        }
        for (String layout : origin.layoutFiles()) {
            read(project.root().resolve(layout)).ifPresent(text -> sources.add(new SourceText(layout, text, 1)));
        }
        for (String key : origin.dataKeys()) {
            for (String extension : List.of(".yml", ".yaml", ".json", ".csv", ".tsv")) {
                Path file = project.data().resolve(key + extension);
                read(file).ifPresent(text -> sources.add(new SourceText(project.relative(file), text, 1)));
            }
        }
        read(project.configFile()).ifPresent(text ->
                sources.add(new SourceText(project.relative(project.configFile()), text, 1)));
        return sources;
    }

    private Optional<String> read(Path file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                return Files.isRegularFile(f) ? Optional.of(Files.readString(f)) : Optional.empty();
            } catch (IOException | java.io.UncheckedIOException e) {
                return Optional.empty(); // unreadable now: the report names the page instead of a line
            }
        });
    }

    /** How a built file is named in a report: below the project when the site is. */
    private String outputName(String outputPath) {
        return outputPrefix + outputPath;
    }
}
