package dev.hyde.search;

import dev.hyde.text.TextHash;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The postings of an index as bytes, for a later build to take up ({@link SearchIndexer#resume}):
 * a marker and format, the number of postings a term keeps, a digest of the URLs the pages' ranks
 * come from, then each term with its count, the key of its last pruning and its kept keys
 * (sorted, as differences: unsigned variable-length numbers). Whoever stores it guards it against
 * damage; reading still checks that it holds together, and gives nothing when it does not.
 */
final class IndexState {
    private static final String MAGIC = "hyde-search-state";
    private static final int FORMAT = 2;

    private IndexState() {
    }

    /** A digest of the pages' URLs, sorted: the ranks of their postings. */
    static byte[] digest(String[] sortedUrls) {
        TextHash hash = new TextHash();
        for (String url : sortedUrls) {
            hash.text(url);
        }
        return hash.hex().getBytes(StandardCharsets.US_ASCII);
    }

    static Optional<byte[]> write(Map<String, SearchIndexer.Postings>[] stripes, byte[] ranks, int postings,
                                  long maxBytes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(postings);
            out.write(ranks);
            int terms = 0;
            for (Map<String, SearchIndexer.Postings> stripe : stripes) {
                terms += stripe.size();
            }
            out.writeInt(terms);
            out.flush();
            // the stripes encoded on all cores, then put one after the other in their order
            List<byte[]> encoded = Arrays.stream(stripes).parallel().map(IndexState::encode).toList();
            long size = bytes.size();
            for (byte[] stripe : encoded) {
                size += stripe.length;
            }
            if (size > maxBytes) {
                return Optional.empty();
            }
            for (byte[] stripe : encoded) {
                bytes.write(stripe);
            }
            out.flush();
            return Optional.of(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
    }

    /** One stripe's terms and their postings. */
    private static byte[] encode(Map<String, SearchIndexer.Postings> stripe) {
        Bytes out = new Bytes();
        synchronized (stripe) {
            for (Map.Entry<String, SearchIndexer.Postings> entry : stripe.entrySet()) {
                byte[] term = entry.getKey().getBytes(StandardCharsets.UTF_8);
                SearchIndexer.Postings p = entry.getValue();
                number(out, term.length);
                out.put(term);
                number(out, p.count());
                number(out, p.size());
                out.putLong(p.worstKept());
                long[] keys = p.sortedKeys();
                long last = -1;
                for (int i = 0; i < p.size(); i++) {
                    number(out, keys[i] - last);
                    last = keys[i];
                }
            }
        }
        return out.toArray();
    }

    /**
     * A growing array of bytes, written by one thread: a stream's per-byte locking was most of
     * the time it took to save a large site's postings.
     */
    private static final class Bytes {
        private byte[] bytes = new byte[1 << 12];
        private int size;

        void put(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        void put(byte[] run) {
            if (size + run.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + run.length));
            }
            System.arraycopy(run, 0, bytes, size, run.length);
            size += run.length;
        }

        /** Eight bytes, the highest first, as {@link DataOutputStream#writeLong} writes them. */
        void putLong(long n) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                put((int) (n >>> shift));
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    private static void number(Bytes out, long n) {
        while ((n & ~0x7FL) != 0) {
            out.put((int) ((n & 0x7F) | 0x80));
            n >>>= 7;
        }
        out.put((int) n);
    }

    /**
     * The postings of a state saved for these ranks, by term; null when the state is of other
     * ranks or another format, or does not hold together.
     */
    static Map<String, SearchIndexer.Postings> read(byte[] state, byte[] ranks, int postings) {
        try {
            ByteBuffer in = ByteBuffer.wrap(state);
            int magic = in.getShort() & 0xFFFF;
            byte[] marker = new byte[magic];
            in.get(marker);
            if (!MAGIC.equals(new String(marker, StandardCharsets.UTF_8)) || in.getInt() != FORMAT
                    || in.getInt() != postings) {
                return null;
            }
            byte[] digest = new byte[ranks.length];
            in.get(digest);
            if (!Arrays.equals(digest, ranks)) {
                return null;
            }
            int terms = in.getInt();
            if (terms < 0 || terms > in.remaining()) {
                return null;
            }
            Map<String, SearchIndexer.Postings> read = new HashMap<>(terms * 2);
            for (int t = 0; t < terms; t++) {
                int length = (int) number(in);
                if (length <= 0 || length > in.remaining()) {
                    return null;
                }
                String term = new String(state, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
                long count = number(in);
                long size = number(in);
                long worstKept = in.getLong();
                if (size <= 0 || size > count || size > 2L * postings || count > Integer.MAX_VALUE) {
                    return null;
                }
                long[] keys = new long[(int) Math.max(2, size)];
                long last = -1;
                for (int i = 0; i < size; i++) {
                    long delta = number(in);
                    if (delta <= 0) {
                        return null;
                    }
                    last += delta;
                    keys[i] = last;
                }
                if (last > worstKept || read.put(term, SearchIndexer.Postings.of((int) count, worstKept, keys, (int) size)) != null) {
                    return null;
                }
            }
            return in.hasRemaining() ? null : read;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long number(ByteBuffer in) {
        long n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            n |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return n;
            }
        }
        throw new IllegalStateException("number too long");
    }
}
