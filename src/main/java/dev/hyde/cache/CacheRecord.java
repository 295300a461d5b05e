package dev.hyde.cache;

import dev.hyde.diag.Diagnostic;

import java.util.List;

/**
 * What the cache keeps of the last successful build: the fingerprint of its inputs, what it
 * reported, and each file it wrote with its size and hash, to tell that the site is still as it
 * was written.
 *
 * @param format      the layout of this record; another layout is not read
 * @param fingerprint the {@link InputFingerprint} of the build's inputs
 * @param pages       pages written
 * @param files       files copied
 * @param diagnostics the warnings it gave, given again
 * @param outputs     every file of the site
 */
record CacheRecord(int format, String fingerprint, int pages, int files, List<Reported> diagnostics,
                   List<Output> outputs) {

    static final int FORMAT = 1;

    CacheRecord {
        diagnostics = List.copyOf(diagnostics);
        outputs = List.copyOf(outputs);
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
