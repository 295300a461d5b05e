package dev.hyde.text;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit hash of a run of texts, to tell whether what a build saw changed: the CRC-32C and the
 * CRC-32 of their UTF-8 bytes, each text ended by a zero byte. The processor computes both by its
 * own instructions even before the JIT compiles the caller, where SHA-256 is computed in Java and
 * was a tenth of a build that kept all but one of 10,000 pages; two different checksums of an
 * accidental change agree once in 2^64 changes. Not for telling apart inputs made to collide.
 *
 * <p>Texts are gathered in a buffer and checksummed a buffer at a time: the lists of a large site
 * are hundreds of thousands of short texts.
 */
public final class TextHash {
    private final CRC32C castagnoli = new CRC32C();
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 15];
    private int used;

    /** Adds a text and the zero byte that ends it. */
    public TextHash text(String text) {
        // the JDK's own encoder: a loop over the characters costs more before the JIT compiles it
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > buffer.length - used) {
            flush();
        }
        if (bytes.length > buffer.length) {
            castagnoli.update(bytes);
            crc.update(bytes);
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
        return mark((byte) 0);
    }

    /** Adds one byte of its own, such as a mark of where a list starts or ends. */
    public TextHash mark(byte mark) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = mark;
        return this;
    }

    private void flush() {
        castagnoli.update(buffer, 0, used);
        crc.update(buffer, 0, used);
        used = 0;
    }

    /** The hash of everything added, as 16 hexadecimal digits. */
    public String hex() {
        flush();
        return String.format("%08x%08x", castagnoli.getValue(), crc.getValue());
    }
}
