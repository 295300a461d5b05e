package dev.hyde.cache;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.links.CheckFindings;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.pipeline.BuildMemory;
import dev.hyde.pipeline.PageRecord;
import dev.hyde.pipeline.SiteWriter;
import dev.hyde.source.ScanMemory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The build cache's side of a build: decides which pages of a Hyde project the last build's
 * records let this build keep, and records this build's pages for the next one.
 *
 * <p>A page is kept when its source file, the template files its layouts read, the files its
 * includes came from (or could come from, in the includes folder), the data files of the keys it read, and — when it listed them — the
 * site's lists of pages or static files are all as they were when it was last rendered, and
 * nothing every page depends on changed: Hyde itself, the options, the configuration files, git,
 * or which layouts exist. Hashes decide, never modification times. Sass pages, whose imports are
 * not recorded, are always compiled again, as are pages that compiled Sass through {@code scssify}
 * and pages written more than once (a paginated list). In a Jekyll site the documents' content is rendered first, every build; when one came out
 * different, the pages listing documents and the documents of its collection are rendered again.
 */
final class BuildTrace implements BuildMemory {
    private final ProjectLayout project;
    private final InputFingerprint.Inputs now;
    private final List<String> configFiles;
    private final Optional<CacheRecord> previous;
    private final PageRecordFile.Stored previousPages;
    private final PageRecordFile.Writer writer;
    /** The search index's state the last build left with its records, if any. */
    private Optional<byte[]> previousSearch;
    /** What the last build's link check found, as it saved it, if it did. */
    private Optional<byte[]> previousLinks;
    private CheckFindings linkFindings;
    /** What the last build's scan read from the pages' files, and this one's. */
    private final ScanRecords scan;
    /** What this build's scan read, encoded for the next build once the scan is over. */
    private byte[] scanned;

    private SiteSignatures.Lists lists;
    private Map<String, String> documentDigests = Map.of();
    private Map<String, PageRecord> kept = Map.of();
    private Set<String> keptSources = Set.of();
    private Set<String> keptDependencies = Set.of();
    private List<Diagnostic> replayed = List.of();
    private List<Diagnostic> renderWarnings = List.of();
    private IOException writeFailure;
    private byte[] searchState;
    private volatile Runnable cleanUp;
    private Map<String, Boolean> placed;

    /**
     * @param configFiles    the project-relative configuration files the build reads
     * @param previous       the last build's record, when its site is still as written
     * @param previousPages  its pages' records
     * @param writer         where this build's records go, or null to record none
     * @param previousSearch the search index's state that went with {@code previousPages}, if any
     * @param previousLinks  what the link check found on the pages of {@code previousPages}, if saved
     * @param scan           what the last build's scan read, remembering what this one's reads
     */
    BuildTrace(ProjectLayout project, InputFingerprint.Inputs now, List<String> configFiles,
               Optional<CacheRecord> previous, PageRecordFile.Stored previousPages, PageRecordFile.Writer writer,
               Optional<byte[]> previousSearch, Optional<byte[]> previousLinks, ScanRecords scan) {
        this.project = project;
        this.now = now;
        this.configFiles = List.copyOf(configFiles);
        this.previous = previous;
        this.previousPages = previousPages;
        this.writer = writer;
        this.previousSearch = previousSearch;
        this.previousLinks = previousLinks;
        this.scan = scan;
    }

    @Override
    public ScanMemory scan() {
        return scan;
    }

    @Override
    public Map<String, PageRecord> reusable(Site site, SiteWriter.DocumentContents documents) {
        // the scan is over: what it read is kept as the next build will read it, not as 100,000 entries
        scanned = scan.encode();
        lists = SiteSignatures.lists(site);
        documentDigests = SiteSignatures.documents(documents);
        if (previous.isEmpty() || !sharedInputsUnchanged(previous.get())) {
            return Map.of();
        }
        CacheRecord last = previous.get();
        // A document whose content came out different shows in the lists of documents and as its
        // neighbours' page.previous or page.next: its collection's documents are rendered again.
        Set<String> changedCollections = new HashSet<>();
        for (Page page : site.pages()) {
            if (page.isDocument() && !Objects.equals(documentDigests.get(page.contentPath()),
                    last.documents().get(page.contentPath()))) {
                changedCollections.add(page.collection());
            }
        }
        boolean documentsSame = changedCollections.isEmpty() && last.documents().keySet().equals(documentDigests.keySet());
        Map<String, String> dataBefore = SiteSignatures.dataKeys(project, last.inputs());
        Map<String, String> dataNow = SiteSignatures.dataKeys(project, now.files());
        boolean allDataSame = dataBefore.equals(dataNow);
        boolean pagesSame = last.pageLists().equals(lists.pageLists());
        boolean staticsSame = last.staticFiles().equals(lists.staticFiles());
        Map<String, PageRecord> keep = new HashMap<>();
        Set<String> sources = new HashSet<>();
        Set<String> dependencies = new HashSet<>();
        Map<String, Optional<String>> includes = new HashMap<>();
        for (Page page : site.pages()) {
            PageRecord record = previousPages.records().get(page.contentPath());
            if (record == null || page.isSass() || record.dependencies().sass() || !page.written()
                    || !record.outputPath().equals(page.outputPath()) || !same(last, page.source().relativePath()) || changedCollections.contains(page.collection())
                    || (!record.scanned().isEmpty() && !record.scanned().equals(PageRecord.digest(page)))) {
                continue;
            }
            var deps = record.dependencies();
            List<String> files = new ArrayList<>(record.layoutFiles());
            files.addAll(includeFiles(deps.includes(), includes));
            files.addAll(deps.files());
            boolean unchanged = files.stream().allMatch(file -> same(last, file))
                    && deps.dataKeys().stream().allMatch(key -> Objects.equals(dataBefore.get(key), dataNow.get(key)))
                    && (!deps.allData() || allDataSame)
                    && (!deps.sitePages() || (pagesSame && documentsSame))
                    && (!deps.staticFiles() || staticsSame);
            if (unchanged) {
                keep.put(page.contentPath(), record);
                sources.add(page.source().relativePath());
                dependencies.addAll(files);
            }
        }
        kept = java.util.Collections.unmodifiableMap(keep);
        keptSources = java.util.Collections.unmodifiableSet(sources);
        keptDependencies = java.util.Collections.unmodifiableSet(dependencies);
        return kept;
    }

    /** Whatever every page reads is as it was: Hyde, options, git, the configuration, the layouts there are. */
    private boolean sharedInputsUnchanged(CacheRecord last) {
        return last.global().equals(now.global())
                && configFiles.stream().allMatch(file -> same(last, file))
                && SiteSignatures.templateNames(project, last.inputs())
                        .equals(SiteSignatures.templateNames(project, now.files()));
    }

    /**
     * The files in the includes folder the include names could be read from: one there now or
     * added later overrides the theme's (the files actually read are in the record too).
     */
    private List<String> includeFiles(Set<String> names, Map<String, Optional<String>> known) {
        List<String> files = new ArrayList<>(names.size());
        for (String name : names) {
            // most pages name the same few includes: each name's file is found once
            known.computeIfAbsent(name, n -> {
                Path file = project.includes().resolve(n).normalize();
                return file.startsWith(project.root()) ? Optional.of(project.relative(file)) : Optional.empty();
            }).ifPresent(files::add);
        }
        return files;
    }

    private boolean same(CacheRecord last, String file) {
        return Objects.equals(last.inputs().get(file), now.files().get(file));
    }

    /**
     * The last build's rendering warnings about the kept pages, or about templates they read that
     * are as they were: rendering them again would give them again.
     */
    @Override
    public List<Diagnostic> reusedWarnings(Set<String> reused) {
        if (previous.isEmpty() || kept.isEmpty()) {
            return List.of();
        }
        CacheRecord last = previous.get();
        replayed = last.renderWarnings().stream().map(CacheRecord.Reported::diagnostic)
                .filter(w -> keptSources.contains(w.file()) || (keptDependencies.contains(w.file()) && same(last, w.file())))
                .toList();
        return replayed;
    }

    @Override
    public void rendered(PageRecord page) {
        if (writer == null) {
            return;
        }
        try {
            writer.add(page);
        } catch (IOException e) {
            synchronized (this) {
                writeFailure = e;
            }
        }
    }

    @Override
    public void renderWarnings(List<Diagnostic> warnings) {
        renderWarnings = List.copyOf(warnings);
    }

    /**
     * The last build's index with the search entries of the pages this build renders again, to
     * take out of it. Only when most pages are kept: taking a page out costs about what adding its
     * terms again does. None when a path had several records (a paginated list), which leaves
     * pages in the index that no record could take out.
     */
    @Override
    public Optional<SavedIndex> savedSearchIndex() {
        if (previousSearch.isEmpty() || previousPages.repeated() || kept.isEmpty()) {
            return Optional.empty();
        }
        List<PageRecord> replaced = previousPages.records().values().stream()
                .filter(record -> !kept.containsKey(record.contentPath())).toList();
        if (replaced.size() >= kept.size()) {
            return Optional.empty();
        }
        byte[] state = previousSearch.get();
        previousSearch = Optional.empty(); // asked once: let go of it as soon as the index has it
        return Optional.of(new SavedIndex(state, replaced.parallelStream()
                .map(record -> record.findings().read(true, false).indexed()).flatMap(Optional::stream).toList()));
    }

    @Override
    public Optional<CheckFindings> savedLinkFindings() {
        Optional<byte[]> saved = previousLinks;
        previousLinks = Optional.empty(); // asked once: let go of it once decoded
        return kept.isEmpty() ? Optional.empty() : saved.flatMap(CheckFindings::decode);
    }

    @Override
    public void placed(Map<String, Boolean> files) {
        placed = files;
    }

    /** The files the build put in the site, by path (true: taken as they were), or null if it put none in place. */
    Map<String, Boolean> placed() {
        return placed;
    }

    @Override
    public void cleanUp(Runnable work) {
        cleanUp = work;
    }

    /** What the build left to do once its site was in place, if anything: the caller runs it. */
    Runnable takeCleanUp() {
        Runnable work = cleanUp;
        cleanUp = null;
        return work == null ? () -> { } : work;
    }

    @Override
    public boolean keepsFindings() {
        return writer != null;
    }

    @Override
    public void linkFindings(CheckFindings findings) {
        linkFindings = findings;
    }

    /** What this build's link check found, to save with its records; null when it did not run. */
    CheckFindings linkFindings() {
        return linkFindings;
    }

    @Override
    public void searchIndex(byte[] state) {
        searchState = state;
    }

    /** The state of this build's search index, to save with its records; null when there is none. */
    byte[] searchState() {
        return searchState;
    }

    /** What this build's scan read, for the next build; null when the site was not read through. */
    byte[] scanned() {
        return scanned;
    }

    /** The pages kept from the last build. */
    int kept() {
        return kept.size();
    }

    /** The digest of each document's rendered content and excerpt, by content path. */
    Map<String, String> documentDigests() {
        return documentDigests;
    }

    /** The digests of the site's lists, once the site was read (null before). */
    SiteSignatures.Lists lists() {
        return lists;
    }

    /** This build's rendering warnings, with those of the last build given again for kept pages. */
    List<Diagnostic> allRenderWarnings() {
        Set<Diagnostic> all = new java.util.LinkedHashSet<>(renderWarnings);
        all.addAll(replayed);
        return List.copyOf(all);
    }

    /** Adds the kept pages' records to this build's and puts the file in place. */
    void commitRecords() throws IOException {
        if (writer == null) {
            return;
        }
        synchronized (this) {
            if (writeFailure != null) {
                throw writeFailure;
            }
        }
        // A chunk whose pages were all kept is copied as it is; the other kept pages are written anew.
        Set<String> copied = new HashSet<>();
        for (PageRecordFile.Chunk chunk : previousPages.chunks()) {
            if (kept.keySet().containsAll(chunk.paths())) {
                writer.copy(chunk);
                copied.addAll(chunk.paths());
            }
        }
        for (PageRecord record : kept.values()) {
            if (!copied.contains(record.contentPath())) {
                writer.add(record);
            }
        }
        writer.commit();
    }
}
