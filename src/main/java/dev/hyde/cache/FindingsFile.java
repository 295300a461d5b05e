package dev.hyde.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

/**
 * What a build's search index or link check found over the whole site, kept beside the page
 * records for the next build: the index's state ({@link dev.hyde.search.SearchIndexer#state}) in
 * {@code .hyde/cache/search.bin}, the link check's findings
 * ({@link dev.hyde.links.CheckFindings}) in {@code links.bin}, what the scan read from the pages'
 * files ({@link ScanRecords}) in {@code scan.bin}. Each is a marker of its kind, the id
 * of the build whose page records it goes with (it was found on those pages), its bytes, and a
 * checksum of all that. A file of another kind or build, damaged or cut short is never taken
 * ({@link PageRecordFile.Damaged}).
 */
final class FindingsFile {
    static final String SEARCH = "hyde-search";
    static final String LINKS = "hyde-links";
    static final String SCAN = "hyde-scan";

    private FindingsFile() {
    }

    /** Writes the file whole or not at all. */
    static void write(Path file, String kind, String id, byte[] state) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "findings", ".bin.part");
        try {
            CRC32C checksum = new CRC32C();
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(partial)))) {
                DataOutputStream checked = new DataOutputStream(new java.util.zip.CheckedOutputStream(out, checksum));
                checked.writeUTF(kind);
                checked.writeUTF(id);
                checked.writeInt(state.length);
                checked.write(state);
                checked.flush();
                // the checksum of everything before it, written past the checked stream
                out.writeInt((int) checksum.getValue());
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * What the build {@code id} found, of this kind.
     *
     * @throws PageRecordFile.Damaged when the file is not that build's, or not whole
     */
    static byte[] read(Path file, String kind, String id) throws IOException, PageRecordFile.Damaged {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 4) {
            throw new PageRecordFile.Damaged("it is incomplete");
        }
        CRC32C checksum = new CRC32C();
        checksum.update(bytes, 0, bytes.length - 4);
        if (ByteBuffer.wrap(bytes).getInt(bytes.length - 4) != (int) checksum.getValue()) {
            throw new PageRecordFile.Damaged("it is damaged (its checksum does not match)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4))) {
            if (!kind.equals(in.readUTF())) {
                throw new PageRecordFile.Damaged("it is not what its name says");
            }
            if (!id.equals(in.readUTF())) {
                throw new PageRecordFile.Damaged("it belongs to another build than the cache's record");
            }
            int length = in.readInt();
            if (length != in.available()) {
                throw new PageRecordFile.Damaged("it is incomplete");
            }
            return in.readNBytes(length);
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            throw new PageRecordFile.Damaged("it is damaged (" + e.getClass().getSimpleName() + ")");
        }
    }
}
