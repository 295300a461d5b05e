package dev.hyde.model;

import dev.hyde.diag.Diagnostic;
import dev.hyde.text.Utf8Text;

import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The text of a page after its front matter: held in memory, or read again from the page's file
 * when it is rendered. A site of 100,000 pages has a gigabyte of Markdown; holding it all from the
 * scan to the end of the build would take most of a 1 GB heap, while each body is needed only
 * for the moment its page renders. A body read again is checked against the file as scanned
 * (size and checksum), so a page is never rendered from a file edited after its front matter
 * was read: that is reported, as a file vanishing during the build is.
 */
public final class PageBody {
    /** The text, or null when it is read from the file. */
    private final String text;
    private final SourceFile file;
    /** Where the body starts in the file's text (after the front matter). */
    private final int offset;
    private final long size;
    private final long checksum;

    private PageBody(String text, SourceFile file, int offset, long size, long checksum) {
        this.text = text;
        this.file = file;
        this.offset = offset;
        this.size = size;
        this.checksum = checksum;
    }

    /** A body held in memory. */
    public static PageBody of(String text) {
        return new PageBody(java.util.Objects.requireNonNull(text), null, 0, 0, 0);
    }

    /**
     * A body read again from its file when asked for.
     *
     * @param bytes  the file as it was read when scanned
     * @param offset where the body starts in the file's decoded text
     */
    public static PageBody inFile(SourceFile file, byte[] bytes, int offset) {
        return inFile(file, bytes.length, checksum(bytes), offset);
    }

    /**
     * A body read from its file when asked for, the file known only by its size and checksum.
     *
     * @param checksum the CRC-32C of the file's bytes ({@link #checksum(byte[])})
     */
    public static PageBody inFile(SourceFile file, long size, long checksum, int offset) {
        return new PageBody(null, file, offset, size, checksum);
    }

    /** True when the text is read from the file each time it is asked for. */
    public boolean inFile() {
        return text == null;
    }

    /**
     * The body's text.
     *
     * @throws dev.hyde.diag.DiagnosticException when the file was changed, removed or made
     *                                           unreadable since it was scanned
     */
    public String text() {
        if (text != null) {
            return text;
        }
        byte[] bytes = Utf8Text.readBytes(file.path(), file.relativePath());
        if (bytes.length != size || checksum(bytes) != checksum) {
            throw Diagnostic.error("File changed while the site was being built").at(file.relativePath())
                    .detail("The page's front matter was read before the change; its text is not rendered with it.")
                    .hint("Run the build again once the file is saved.").exception();
        }
        return Utf8Text.decode(bytes, file.relativePath()).substring(offset);
    }

    /** The checksum a body in a file is known by: the CRC-32C of the file's bytes. */
    public static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    /** Bodies are equal when their texts are (a body in a file is read to compare it). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PageBody body)) {
            return false;
        }
        if (text == null && body.text == null && file.equals(body.file) && offset == body.offset
                && size == body.size && checksum == body.checksum) {
            return true;
        }
        return text().equals(body.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text != null ? text : "(" + size + " bytes in " + file.relativePath() + " from character " + offset + ")";
    }
}
