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
 * The search index's state as a build left it ({@link dev.hyde.search.SearchIndexer#state}), in
 * {@code .hyde/cache/search.bin}: a marker, the id of the build whose page records it goes with
 * (its postings are those records' terms), the state, and a checksum of all that. A file of another
 * build, damaged or cut short is never taken up ({@link PageRecordFile.Damaged}).
 */
final class SearchStateFile {
    private static final String MAGIC = "hyde-search";

    private SearchStateFile() {
    }

    /** Writes the file whole or not at all. */
    static void write(Path file, String id, byte[] state) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "search", ".bin.part");
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(state.length + 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(MAGIC);
            out.writeUTF(id);
            out.writeInt(state.length);
            out.write(state);
            CRC32C checksum = new CRC32C();
            checksum.update(bytes.toByteArray());
            out.writeInt((int) checksum.getValue());
            out.flush();
            Files.write(partial, bytes.toByteArray());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The state the build {@code id} left.
     *
     * @throws PageRecordFile.Damaged when the file is not that build's, or not whole
     */
    static byte[] read(Path file, String id) throws IOException, PageRecordFile.Damaged {
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
            if (!MAGIC.equals(in.readUTF())) {
                throw new PageRecordFile.Damaged("it is not a search index state");
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
