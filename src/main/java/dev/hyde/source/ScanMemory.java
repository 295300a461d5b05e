package dev.hyde.source;

import dev.hyde.diag.Diagnostic;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.SourceFile;

import java.util.List;
import java.util.Optional;

/**
 * What an earlier scan read from the pages' files, for a scan that may take it instead of reading
 * and parsing a file again: a file that is byte for byte what it was gives the same front matter
 * and body. A build that keeps most of a large site's pages then reads no page's YAML but the
 * edited ones. The memory alone tells whether a file is as it was, by its content's hash.
 */
public interface ScanMemory {

    /** A scan that remembers nothing: every file is read. */
    ScanMemory NONE = new ScanMemory() {
        @Override
        public Optional<Recalled> recall(SourceFile file) {
            return Optional.empty();
        }

        @Override
        public void remember(SourceFile file, ReadPage page) {
        }
    };

    /** What the last scan read from this file, when the file is as it was then. */
    Optional<Recalled> recall(SourceFile file);

    /** What this scan read from a page's file (called from several threads at once). */
    void remember(SourceFile file, ReadPage page);

    /**
     * What reading a page's file gives before the site's configuration places it.
     *
     * @param frontMatter its front matter
     * @param warnings    what reading it warned of (keys its front matter sets twice)
     * @param bodyOffset  where its body starts in the file's text
     * @param bodyLine    the file line its body starts on
     */
    record ReadPage(FrontMatter frontMatter, List<Diagnostic> warnings, int bodyOffset, int bodyLine) {
        public ReadPage {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A page recalled, with what its file is known by now (its body stays there until rendered).
     *
     * @param fileSize     the file's size in bytes
     * @param fileChecksum the CRC-32C of the file's bytes, which its body is checked against when read
     */
    record Recalled(ReadPage page, long fileSize, long fileChecksum) {
    }
}
