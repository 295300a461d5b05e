package dev.hyde.cache;

import dev.hyde.diag.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * What the cache keeps of the last successful build: the fingerprint of its inputs and each
 * project file's hash, what it reported, each file it wrote with its size and modification time
 * (to tell that the site is still as it was written), and what a later build needs to keep pages
 * from it (their records are in a file of their own, {@link PageRecordFile}).
 *
 * @param format         the layout of this record; another layout is not read
 * @param fingerprint    the {@link InputFingerprint} of the build's inputs
 * @param pages          pages written
 * @param files          files copied
 * @param diagnostics    the warnings it gave, given again
 * @param outputs        every file of the site
 * @param global         the digest of what every page reads besides the project's files
 * @param inputs         each project file's hash by its project-relative path
 * @param pageLists      the digest of the site's lists of pages, as templates saw them
 * @param staticFiles    the digest of {@code site.static_files}
 * @param renderWarnings the warnings reading and rendering templates gave
 * @param recordsId      the id in the file of its pages' records, empty when it wrote none
 * @param documents      the digest of each document's rendered content and excerpt (a Jekyll site's collections)
 */
record CacheRecord(int format, String fingerprint, int pages, int files, List<Reported> diagnostics,
                   List<Output> outputs, String global, Map<String, String> inputs, String pageLists,
                   String staticFiles, List<Reported> renderWarnings, String recordsId,
                   Map<String, String> documents) {

    static final int FORMAT = 3;

    CacheRecord {
        diagnostics = List.copyOf(diagnostics);
        outputs = List.copyOf(outputs);
        inputs = Map.copyOf(inputs);
        renderWarnings = List.copyOf(renderWarnings);
        documents = Map.copyOf(documents);
    }

    /** A diagnostic as kept: its fields, and nothing a getter of {@link Diagnostic} adds. */
    record Reported(dev.hyde.diag.Severity severity, String file, int line, int column, String title, String detail,
                    String hint) {

        static Reported of(Diagnostic d) {
            return new Reported(d.severity(), d.file(), d.line(), d.column(), d.title(), d.detail(), d.hint());
        }

        Diagnostic diagnostic() {
            return new Diagnostic(severity, file, line, column, title, detail, hint);
        }
    }

    /** One file of the site: its path below the destination, its size and modification time as written. */
    record Output(String path, long size, long modified) {
    }
}
