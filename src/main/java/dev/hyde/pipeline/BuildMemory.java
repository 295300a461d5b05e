package dev.hyde.pipeline;

import dev.hyde.diag.Diagnostic;
import dev.hyde.links.CheckFindings;
import dev.hyde.model.Site;
import dev.hyde.search.IndexedPage;
import dev.hyde.source.ScanMemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a build remembers of the build before it, and tells the build after it. A build asks it,
 * once the site is read and its documents' content rendered, which pages it need not render again (their last rendering is what
 * rendering them now would give, and their file is still in the site), and tells it of every page
 * it renders and every warning rendering gave.
 */
public interface BuildMemory {

    /** A build that remembers nothing: every page is rendered. */
    BuildMemory NONE = new BuildMemory() {
        @Override
        public Map<String, PageRecord> reusable(Site site, SiteWriter.DocumentContents documents) {
            return Map.of();
        }

        @Override
        public List<Diagnostic> reusedWarnings(Set<String> reused) {
            return List.of();
        }

        @Override
        public void rendered(PageRecord page) {
        }

        @Override
        public void renderWarnings(List<Diagnostic> warnings) {
        }
    };

    /**
     * What the last build's scan read from the pages' files, for this one's to take where a file
     * is as it was; asked once, before the site is read.
     */
    default ScanMemory scan() {
        return ScanMemory.NONE;
    }

    /**
     * The records of the pages to keep as the last build wrote them, by content path; asked once
     * the documents' content (of a Jekyll site's collections) is rendered.
     */
    Map<String, PageRecord> reusable(Site site, SiteWriter.DocumentContents documents);

    /** The warnings the last build's rendering of these kept pages gave, to give again. */
    List<Diagnostic> reusedWarnings(Set<String> reused);

    /** A page this build rendered (called from several threads at once). */
    void rendered(PageRecord page);

    /** Every warning this build's rendering gave, once it is done. */
    void renderWarnings(List<Diagnostic> warnings);

    /**
     * The search index as the last build saved it, to take up instead of reading the kept pages'
     * terms again; asked once, after {@link #reusable}. Empty when there is none, or when taking
     * it up would cost more than it saves.
     */
    default Optional<SavedIndex> savedSearchIndex() {
        return Optional.empty();
    }

    /**
     * What the last build's link check found, to take for the pages kept ({@link
     * LinkCheckStage#takeUp}); asked once, after {@link #reusable}. Empty when there is none.
     */
    default Optional<CheckFindings> savedLinkFindings() {
        return Optional.empty();
    }

    /**
     * Whether this memory keeps what the build's search index and link check found for the next
     * build ({@link #searchIndex}, {@link #linkFindings}): a build without one does not make it.
     */
    default boolean keepsFindings() {
        return false;
    }

    /** The state of this build's search index, for the next build (see {@link dev.hyde.search.SearchIndexer#state}). */
    default void searchIndex(byte[] state) {
    }

    /** What this build's link check found, for the next build. */
    default void linkFindings(CheckFindings findings) {
    }

    /**
     * The files of the site this build put in place, by their path in the site: true for a file
     * taken as it was from the site before, false for one written. Told once the site is in place.
     */
    default void placed(Map<String, Boolean> files) {
    }

    /**
     * Work the build leaves once its site is in place (deleting the previous site), which a
     * memory may run later, beside its own saving of what the build found, as long as it has run
     * before the build is over; the build that remembers nothing runs it at once.
     */
    default void cleanUp(Runnable work) {
        work.run();
    }

    /**
     * @param state    what the last build's index saved
     * @param replaced the last build's search entries of the pages this build does not keep
     */
    record SavedIndex(byte[] state, List<IndexedPage> replaced) {
        public SavedIndex {
            replaced = List.copyOf(replaced);
        }
    }
}
