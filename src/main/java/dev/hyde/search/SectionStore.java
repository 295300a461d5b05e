package dev.hyde.search;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the index shows of each page's sections (their JSON, {@code [url,title,heading,anchor,snippet]}),
 * kept from when the page renders to when the index is written, in page order, at the end. These
 * are a third of a kilobyte per section, 300 MB for a site of 100,000 pages: held in memory up to
 * {@code budget} bytes, then appended to a temporary file (deleted by {@link #close}) and read back
 * when the index is written. Thread-safe.
 */
final class SectionStore implements AutoCloseable {
    private final long budget;
    private long held;
    private FileChannel file;
    private Path path;
    private long end;

    SectionStore(long budget) {
        this.budget = budget;
    }

    /** Where a page's sections are: in memory, or a range of the file. */
    record Stored(byte[] bytes, long offset, int length) {
    }

    synchronized Stored put(byte[] sections) {
        if (file == null && held + sections.length <= budget) {
            held += sections.length;
            return new Stored(sections, 0, sections.length);
        }
        try {
            if (file == null) {
                path = Files.createTempFile("hyde-search-", ".sections");
                file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            }
            long at = end;
            ByteBuffer buffer = ByteBuffer.wrap(sections);
            while (buffer.hasRemaining()) {
                end += file.write(buffer, end);
            }
            return new Stored(null, at, sections.length);
        } catch (IOException e) {
            throw failed("written", e);
        }
    }

    /** The bytes stored; reads from several threads at once are safe. */
    byte[] get(Stored stored) {
        if (stored.bytes() != null) {
            return stored.bytes();
        }
        byte[] bytes = new byte[stored.length()];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                int read = file.read(buffer, stored.offset() + buffer.position());
                if (read < 0) {
                    throw new IOException("the file ends early");
                }
            }
        } catch (IOException e) {
            throw failed("read", e);
        }
        return bytes;
    }

    private DiagnosticException failed(String how, IOException e) {
        return Diagnostic.error("Search index could not be built").at("search index")
                .detail("Its temporary file %s could not be %s: %s", path == null ? "in " + System.getProperty("java.io.tmpdir") : path,
                        how, e.getMessage())
                .hint("Free space in the temporary folder, or point java.io.tmpdir elsewhere (-Djava.io.tmpdir=...).")
                .exception();
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // DELETE_ON_CLOSE removes it when it can; a temporary file left behind is harmless
            }
            file = null;
        }
    }
}
