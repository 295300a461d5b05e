package dev.hyde.cache;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Severity;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.SourceFile;
import dev.hyde.source.ScanMemory;
import dev.hyde.text.BinaryText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scan's side of the build cache: what each page's file gave when it was last read (its front
 * matter, the warnings reading it gave, where its body starts), by the file's path and content
 * hash, kept in {@code .hyde/cache/scan.bin} beside the page records. A page whose file has the
 * hash it had then is taken from here: the scan neither reads its file nor parses its YAML, and
 * its body stays in the file until it is rendered.
 *
 * <p>Front matter holds what YAML gives (maps, lists, sets, text, numbers, booleans, dates,
 * binary), each kept as the same type; a page whose front matter holds anything else is not kept
 * and is read again by the next build.
 */
final class ScanRecords implements ScanMemory {
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte TRUE = 2;
    private static final byte FALSE = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte BIG_INTEGER = 6;
    private static final byte DOUBLE = 7;
    private static final byte DATE = 8;
    private static final byte MAP = 9;
    private static final byte LIST = 10;
    private static final byte SET = 11;
    private static final byte BINARY = 12;

    /**
     * What was read from one file: its hash then, and the page, encoded at {@code offset} in
     * {@code bytes} (the saved file's, shared by its entries: a site of 100,000 pages has 28 MB of
     * them, which are not copied).
     */
    private record Entry(String hash, byte[] bytes, int offset, int length) {
        Entry(String hash, byte[] read) {
            this(hash, read, 0, read.length);
        }
    }

    /** Each project file's hash now, by its project-relative path. */
    private final Map<String, String> hashes;
    private Map<String, Entry> last;
    private Map<String, Entry> now = new ConcurrentHashMap<>();
    private volatile boolean encoded;

    private ScanRecords(Map<String, String> hashes, Map<String, Entry> last) {
        this.hashes = hashes;
        this.last = last;
    }

    /** A memory of nothing, which remembers this build's scan. */
    static ScanRecords empty(Map<String, String> hashes) {
        return new ScanRecords(hashes, Map.of());
    }

    /**
     * The memory of what a last build saved ({@link #encode}).
     *
     * @throws PageRecordFile.Damaged when {@code saved} is not what {@link #encode} writes
     */
    static ScanRecords of(Map<String, String> hashes, byte[] saved) throws PageRecordFile.Damaged {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved))) {
            int count = in.readInt();
            if (count < 0 || count > saved.length) {
                throw new PageRecordFile.Damaged("it is damaged (a count beyond its end)");
            }
            Map<String, Entry> last = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                String hash = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new PageRecordFile.Damaged("it is damaged (an entry beyond its end)");
                }
                last.put(path, new Entry(hash, saved, saved.length - in.available(), length));
                in.skipNBytes(length);
            }
            if (in.available() != 0) {
                throw new PageRecordFile.Damaged("it is damaged (bytes after its end)");
            }
            return new ScanRecords(hashes, last);
        } catch (IOException e) {
            throw new PageRecordFile.Damaged("it is damaged (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public Optional<Recalled> recall(SourceFile file) {
        if (encoded) {
            return Optional.empty();
        }
        String path = file.relativePath();
        Entry entry = last.get(path);
        String hash = hashes.get(path);
        if (entry == null || hash == null || !entry.hash().equals(hash)) {
            return Optional.empty();
        }
        ReadPage page;
        try {
            page = decode(entry);
        } catch (RuntimeException e) {
            return Optional.empty(); // past its checksum, only a fault of this class: the file is read
        }
        now.put(path, entry);
        // the file as hashed now: what its body is checked against when read
        return Optional.of(new Recalled(page, InputFingerprint.size(hash), InputFingerprint.crc32c(hash)));
    }

    @Override
    public void remember(SourceFile file, ReadPage page) {
        if (encoded) {
            return; // a file read after the scan (none is): read again next time
        }
        String hash = hashes.get(file.relativePath());
        if (hash == null) {
            return; // not among the files hashed (it appeared since): read again next time
        }
        try {
            now.put(file.relativePath(), new Entry(hash, encode(page)));
        } catch (Unkept e) {
            // a value YAML does not give: read again next time
        }
    }

    /**
     * What this build's scan read, for the next build: the entries in path order. Called once the
     * scan is over; the memory holds nothing after it.
     */
    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Map<String, Entry> sorted = new TreeMap<>(now);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> entry : sorted.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue().hash());
                out.writeInt(entry.getValue().length());
                out.write(entry.getValue().bytes(), entry.getValue().offset(), entry.getValue().length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        encoded = true;
        last = Map.of();
        now = Map.of();
        return bytes.toByteArray();
    }

    /** A value that is not kept. */
    private static final class Unkept extends Exception {
        Unkept() {
            super(null, null, false, false);
        }
    }

    private static byte[] encode(ReadPage page) throws Unkept {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FrontMatter fm = page.frontMatter();
            BinaryText.write(out, fm.title());
            BinaryText.write(out, fm.layout());
            BinaryText.write(out, fm.permalink());
            out.writeBoolean(fm.published());
            out.writeBoolean(fm.draft());
            out.writeBoolean(fm.order().isPresent());
            out.writeInt(fm.order().orElse(0));
            out.writeInt(fm.layoutLine());
            out.writeInt(fm.permalinkLine());
            out.writeInt(fm.orderLine());
            out.writeInt(fm.redirectFromLine());
            out.writeInt(fm.values().size());
            for (Map.Entry<String, Object> entry : fm.values().entrySet()) {
                BinaryText.write(out, entry.getKey());
                value(out, entry.getValue());
            }
            out.writeInt(page.warnings().size());
            for (Diagnostic w : page.warnings()) {
                out.writeByte(w.severity().ordinal());
                BinaryText.write(out, w.file());
                out.writeInt(w.line());
                out.writeInt(w.column());
                BinaryText.write(out, w.title());
                BinaryText.write(out, w.detail());
                BinaryText.write(out, w.hint());
            }
            out.writeInt(page.bodyOffset());
            out.writeInt(page.bodyLine());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** The page of an entry. */
    private static ReadPage decode(Entry entry) {
        ByteBuffer in = ByteBuffer.wrap(entry.bytes(), entry.offset(), entry.length());
        String title = BinaryText.read(in);
        String layout = BinaryText.read(in);
        String permalink = BinaryText.read(in);
        boolean published = (in.get() != 0);
        boolean draft = (in.get() != 0);
        boolean ordered = (in.get() != 0);
        int order = in.getInt();
        int layoutLine = in.getInt();
        int permalinkLine = in.getInt();
        int orderLine = in.getInt();
        int redirectFromLine = in.getInt();
        int count = in.getInt();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            values.put(BinaryText.read(in), value(in));
        }
        FrontMatter fm = new FrontMatter(title, layout, permalink, published, draft,
                ordered ? Optional.of(order) : Optional.empty(), values, layoutLine, permalinkLine, orderLine,
                redirectFromLine);
        int warnings = in.getInt();
        List<Diagnostic> given = new ArrayList<>(warnings);
        for (int i = 0; i < warnings; i++) {
            Severity severity = Severity.values()[in.get()];
            String file = BinaryText.read(in);
            int line = in.getInt();
            int column = in.getInt();
            given.add(new Diagnostic(severity, file, line, column, BinaryText.read(in), BinaryText.read(in),
                    BinaryText.read(in)));
        }
        int bodyOffset = in.getInt();
        int bodyLine = in.getInt();
        if (in.hasRemaining()) {
            throw new IllegalStateException("bytes after a page's entry");
        }
        return new ReadPage(fm, given, bodyOffset, bodyLine);
    }

    /** A value as YAML gives it, each type by its exact class: anything else is not kept. */
    private static void value(DataOutputStream out, Object value) throws IOException, Unkept {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(TEXT);
            BinaryText.write(out, s);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof BigInteger big) {
            out.writeByte(BIG_INTEGER);
            BinaryText.write(out, big.toString());
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value.getClass() == Date.class) {
            out.writeByte(DATE);
            out.writeLong(((Date) value).getTime());
        } else if (value.getClass() == LinkedHashMap.class) {
            out.writeByte(MAP);
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                value(out, entry.getKey());
                value(out, entry.getValue());
            }
        } else if (value.getClass() == ArrayList.class || value.getClass() == LinkedHashSet.class) {
            out.writeByte(value instanceof ArrayList ? LIST : SET);
            java.util.Collection<?> items = (java.util.Collection<?>) value;
            out.writeInt(items.size());
            for (Object item : items) {
                value(out, item);
            }
        } else if (value instanceof byte[] binary) {
            out.writeByte(BINARY);
            out.writeInt(binary.length);
            out.write(binary);
        } else {
            throw new Unkept();
        }
    }

    private static Object value(ByteBuffer in) {
        byte tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case TEXT -> BinaryText.read(in);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case INT -> in.getInt();
            case LONG -> in.getLong();
            case BIG_INTEGER -> new BigInteger(BinaryText.read(in));
            case DOUBLE -> in.getDouble();
            case DATE -> new Date(in.getLong());
            case MAP -> {
                int count = in.getInt();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    map.put(value(in), value(in));
                }
                yield map;
            }
            case LIST, SET -> {
                int count = in.getInt();
                java.util.Collection<Object> items = tag == LIST ? new ArrayList<>(count) : new LinkedHashSet<>();
                for (int i = 0; i < count; i++) {
                    items.add(value(in));
                }
                yield items;
            }
            case BINARY -> {
                byte[] binary = new byte[in.getInt()];
                in.get(binary);
                yield binary;
            }
            default -> throw new IllegalStateException("unknown value tag " + tag);
        };
    }
}
