package dev.hyde.cache;

import dev.hyde.deps.PageDependencies;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Severity;
import dev.hyde.html.HtmlHeading;
import dev.hyde.html.HtmlId;
import dev.hyde.html.HtmlLink;
import dev.hyde.html.ScannedHtml;
import dev.hyde.pipeline.PageRecord;
import dev.hyde.search.IndexedPage;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages' records of a build, in {@code .hyde/cache/pages.bin}: a binary file, because a large
 * site's records (every page's search terms and links) are read before a build with few changes
 * renders anything, and must cost little to read. Records come in chunks; each chunk starts with
 * its table of strings, each distinct string once, which its records refer to by number: the links
 * of a site's shared navigation and the words of its pages repeat on every page.
 *
 * <p>Reading the file decodes each record's paths and dependencies, which decide whether its page is
 * kept, and steps over its findings (its search entry and its links, most of the file, written
 * with their length); they are decoded only for a page that is kept, when the build takes them, so
 * a large site's findings are never all held as objects at once.
 *
 * <p>The file starts with a marker, the format and the id of the build that wrote it, which its
 * {@link CacheRecord} names: a file of another build, damaged or cut short, is never read as this
 * one's ({@link Damaged}).
 */
final class PageRecordFile {
    private static final String MAGIC = "hyde-pages";
    private static final int FORMAT = 9;
    /** Records per chunk: small enough that one changed page costs one chunk, large enough to share strings. */
    static final int CHUNK = 256;

    private PageRecordFile() {
    }

    /** Why a file could not be read as the records of the build named. */
    static final class Damaged extends Exception {
        Damaged(String message) {
            super(message);
        }
    }

    /**
     * A run of records with a string table of its own, as stored: a later build copies a chunk
     * whose pages it all kept as it is, without encoding them again.
     *
     * @param bytes  the file's bytes (read with absolute gets only, from any thread)
     * @param offset where the chunk's records start in them
     * @param length their length
     * @param paths  the content paths of its records, in order
     */
    record Chunk(ByteBuffer bytes, int offset, int length, List<String> paths) {
    }

    /**
     * What a file holds: the records by content path, and the chunks they came in.
     *
     * @param repeated whether a path had more than one record (a paginated list's pages), left
     *                 out of {@code records}
     */
    record Stored(Map<String, PageRecord> records, List<Chunk> chunks, boolean repeated) {
        static final Stored NONE = new Stored(Map.of(), List.of(), false);
    }

    /**
     * Writes records as they come, from any thread, a chunk at a time, to a file that
     * {@link #commit} puts in place.
     */
    static final class Writer implements AutoCloseable {
        private final Path partial;
        private final Path file;
        private final DataOutputStream out;
        private final java.util.zip.Checksum checksum;
        private java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream(1 << 16);
        private Strings strings = new Strings(new DataOutputStream(chunk), new StringTable());
        private int inChunk;
        private int count;
        private boolean done;

        Writer(Path file, String id) throws IOException {
            Files.createDirectories(file.getParent());
            this.file = file;
            this.partial = Files.createTempFile(file.getParent(), "pages", ".bin.part");
            this.checksum = new java.util.zip.CRC32C();
            // buffered before the checksum, so that it is updated a buffer at a time, not per byte
            this.out = new DataOutputStream(new BufferedOutputStream(
                    new java.util.zip.CheckedOutputStream(Files.newOutputStream(partial), checksum), 1 << 16));
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(id);
        }

        synchronized void add(PageRecord record) throws IOException {
            write(strings, record);
            inChunk++;
            count++;
            if (inChunk == CHUNK) {
                endChunk();
            }
        }

        /** A chunk of an earlier file, all of whose records stay as they are. */
        synchronized void copy(Chunk stored) throws IOException {
            writeChunk(stored.bytes(), stored.offset(), stored.length(), stored.paths().size());
            count += stored.paths().size();
        }

        private void endChunk() throws IOException {
            if (inChunk > 0) {
                strings.data.flush();
                // the chunk's strings, then its records
                java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream(chunk.size() + strings.table.size() + 8);
                strings.table.writeTo(whole);
                chunk.writeTo(whole);
                writeChunk(ByteBuffer.wrap(whole.toByteArray()), 0, whole.size(), inChunk);
            }
            chunk = new java.io.ByteArrayOutputStream(1 << 16);
            strings = new Strings(new DataOutputStream(chunk), new StringTable());
            inChunk = 0;
        }

        /** A chunk's header and records, from an array or from the mapping of an earlier file. */
        private void writeChunk(ByteBuffer bytes, int offset, int length, int records) throws IOException {
            out.writeBoolean(true);
            out.writeInt(records);
            out.writeInt(length);
            if (bytes.hasArray()) {
                out.write(bytes.array(), bytes.arrayOffset() + offset, length);
                return;
            }
            byte[] piece = new byte[Math.min(length, 1 << 16)];
            for (int at = 0; at < length; at += piece.length) {
                int n = Math.min(piece.length, length - at);
                bytes.get(offset + at, piece, 0, n);
                out.write(piece, 0, n);
            }
        }

        /** Ends the file and puts it in place of the last one. */
        synchronized void commit() throws IOException {
            endChunk();
            out.writeBoolean(false);
            out.writeInt(count);
            out.flush();
            // the checksum of everything before it, written past the checked stream
            out.writeInt((int) checksum.getValue());
            out.close();
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            done = true;
        }

        /** Throws away what was written unless it was committed. */
        @Override
        public synchronized void close() {
            if (!done) {
                try {
                    out.close();
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // a partial file left behind is never read: only pages.bin is, and only with its id
                }
            }
        }
    }

    /**
     * Reads the records of the build {@code id}, its chunks decoded on all cores.
     *
     * @throws Damaged when the file is not that build's records, or not whole
     */
    static Stored read(Path file, String id) throws IOException, Damaged {
        // Windows cannot replace a mapped file, as the next records replace this one: mapped
        // there only when it would not fit the heap beside the build
        boolean windows = java.io.File.separatorChar == '\\';
        return read(file, id, windows ? Runtime.getRuntime().maxMemory() / 8 : 0);
    }

    /** As {@link #read(Path, String)}, mapping the file when it is larger than {@code mapAbove} bytes. */
    static Stored read(Path file, String id, long mapAbove) throws IOException, Damaged {
        ByteBuffer bytes = load(file, mapAbove);
        int size = bytes.limit();
        if (size < 4) {
            throw new Damaged("it is incomplete");
        }
        java.util.zip.CRC32C checksum = new java.util.zip.CRC32C();
        checksum.update(bytes.duplicate().position(0).limit(size - 4));
        ByteBuffer buffer = bytes;
        if (buffer.getInt(size - 4) != (int) checksum.getValue()) {
            throw new Damaged("it is damaged (its checksum does not match)");
        }
        byte[] head = new byte[Math.min(size, 1024)];
        bytes.get(0, head);
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(head))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
                throw new Damaged("it is not a file of page records of this version");
            }
            if (!id.equals(in.readUTF())) {
                throw new Damaged("it belongs to another build than the cache's record");
            }
            int at = head.length - in.available();
            List<int[]> spans = new ArrayList<>();
            int total = 0;
            while (bytes.get(at++) != 0) {
                int records = buffer.getInt(at);
                int length = buffer.getInt(at + 4);
                at += 8;
                if (records <= 0 || length < 0 || length > size - 4 - at) {
                    throw new Damaged("it is damaged (a chunk beyond its end)");
                }
                spans.add(new int[] {at, length, records});
                total += records;
                at += length;
            }
            if (buffer.getInt(at) != total || at + 4 != size - 4) {
                throw new Damaged("it is incomplete");
            }
            List<List<PageRecord>> decoded = spans.parallelStream().map(span -> {
                Reader reader = new Reader(bytes, new Table(bytes), span[0]);
                reader.table.read(reader, span[0] + span[1]);
                List<PageRecord> records = new ArrayList<>(span[2]);
                for (int i = 0; i < span[2]; i++) {
                    records.add(record(reader));
                }
                if (reader.at != span[0] + span[1]) {
                    throw new IllegalStateException("a chunk's records end before or after it");
                }
                return records;
            }).toList();
            Map<String, PageRecord> records = new HashMap<>(total * 2);
            Set<String> twice = new java.util.HashSet<>();
            List<Chunk> chunks = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                List<String> paths = new ArrayList<>();
                for (PageRecord record : decoded.get(i)) {
                    if (records.put(record.contentPath(), record) != null) {
                        twice.add(record.contentPath());
                    }
                    paths.add(record.contentPath());
                }
                chunks.add(new Chunk(bytes, spans.get(i)[0], spans.get(i)[1], paths));
            }
            // a page written more than once (each page of a paginated list) is rendered every time
            records.keySet().removeAll(twice);
            return new Stored(records, chunks, !twice.isEmpty());
        } catch (RuntimeException | java.io.EOFException | java.io.UTFDataFormatException e) {
            throw new Damaged("it is damaged (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The file's bytes, outside the heap: mapped from the file, or, when it is no larger than
     * {@code mapAbove}, read into memory of their own. Either way the heap holds none of it: the
     * records of 100,000 pages are 750 MB, which did not fit a 1 GB heap beside the rest of the
     * build, and those of 10,000 pages (76 MB), read into the heap, were copied by the young
     * collections of a build that kept all but one page (mapped, that build took 5.45 s instead of
     * 6.05 s, read into memory of their own 5.9 s, medians of eight).
     */
    private static ByteBuffer load(Path file, long mapAbove) throws IOException, Damaged {
        long size = Files.size(file);
        if (size <= mapAbove) {
            ByteBuffer bytes = ByteBuffer.allocateDirect((int) size);
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                    java.nio.file.StandardOpenOption.READ)) {
                while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                    // until the end of the file, or of its size when it was asked
                }
            }
            if (bytes.hasRemaining()) {
                throw new Damaged("it is incomplete (it changed while it was read)");
            }
            return bytes.flip();
        }
        if (size > Integer.MAX_VALUE) {
            throw new Damaged("it is larger than one mapping of a file can be (2 GB)");
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ)) {
            return channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, size);
        }
    }

    private static void write(Strings out, PageRecord r) throws IOException {
        out.string(r.contentPath());
        out.string(r.outputPath());
        out.strings(r.layoutFiles());
        PageDependencies d = r.dependencies();
        out.strings(List.copyOf(d.includes()));
        out.strings(List.copyOf(d.dataKeys()));
        out.data.writeByte((d.allData() ? 1 : 0) | (d.sitePages() ? 2 : 0) | (d.staticFiles() ? 4 : 0)
                | (d.sass() ? 8 : 0));
        out.strings(List.copyOf(d.files()));
        out.string(r.scanned());
        // the findings as a block of known length, which reading the file steps over
        java.io.ByteArrayOutputStream block = new java.io.ByteArrayOutputStream(1024);
        Strings inBlock = out.into(new DataOutputStream(block));
        findings(inBlock, r.findings().get());
        inBlock.data.flush();
        out.count(block.size());
        block.writeTo(out.data);
    }

    private static void findings(Strings out, PageRecord.Findings findings) throws IOException {
        out.data.writeBoolean(findings.indexed().isPresent());
        if (findings.indexed().isPresent()) {
            IndexedPage page = findings.indexed().get();
            out.string(page.url());
            out.count(page.sections().size());
            // the sections' terms as a block of known length, which a reader that wants no terms steps over
            java.io.ByteArrayOutputStream block = new java.io.ByteArrayOutputStream(256);
            Strings terms = out.into(new DataOutputStream(block));
            for (IndexedPage.Terms s : page.sections()) {
                terms.strings(s.terms());
                int[] weights = s.weights();
                terms.count(weights.length);
                for (int w : weights) {
                    terms.count(w);
                }
            }
            terms.data.flush();
            out.count(block.size());
            block.writeTo(out.data);
            out.count(page.shown().length);
            out.data.write(page.shown());
            out.count(page.warnings().size());
            for (Diagnostic w : page.warnings()) {
                diagnostic(out, w);
            }
        }
        out.data.writeBoolean(findings.scan().isPresent());
        if (findings.scan().isPresent()) {
            ScannedHtml scan = findings.scan().get();
            out.count(scan.links().size());
            for (HtmlLink l : scan.links()) {
                out.string(l.element());
                out.string(l.attribute());
                out.string(l.value());
                out.string(l.written());
                out.count(l.offset());
                out.count(l.line());
                out.count(l.column());
            }
            out.count(scan.ids().size());
            for (HtmlId i : scan.ids()) {
                out.string(i.id());
                out.count(i.offset());
                out.count(i.line());
                out.count(i.column());
                out.data.writeBoolean(i.named());
            }
            out.count(scan.headings().size());
            for (HtmlHeading h : scan.headings()) {
                out.count(h.level());
                out.string(h.id());
                out.string(h.writtenId());
                out.string(h.text());
                out.count(h.closeTag());
            }
            out.string(scan.base().orElse(null));
        }
    }

    private static void diagnostic(Strings out, Diagnostic d) throws IOException {
        out.count(d.severity().ordinal());
        out.string(d.file());
        out.count(d.line());
        out.count(d.column());
        out.string(d.title());
        out.string(d.detail());
        out.string(d.hint());
    }

    /**
     * A record's paths and dependencies, decoded now; its findings are stepped over and decoded
     * when asked.
     */
    private static PageRecord record(Reader in) {
        String contentPath = in.string();
        String outputPath = in.string();
        List<String> layoutFiles = in.strings();
        Set<String> includes = new LinkedHashSet<>(in.strings());
        Set<String> dataKeys = new LinkedHashSet<>(in.strings());
        int flags = in.bytes.get(in.at++);
        Set<String> files = new LinkedHashSet<>(in.strings());
        PageDependencies deps = new PageDependencies(includes, dataKeys, (flags & 1) != 0, (flags & 2) != 0,
                (flags & 4) != 0, files, (flags & 8) != 0);
        String scanned = in.string();
        int length = in.count();
        int findingsAt = in.at;
        in.skip(length);
        Table table = in.table;
        ByteBuffer bytes = in.bytes;
        return new PageRecord(contentPath, outputPath, layoutFiles, deps, scanned, (terms, scan) -> {
            Reader reader = new Reader(bytes, table, findingsAt, false);
            PageRecord.Findings findings = findings(reader, terms, scan);
            if (scan && reader.at != findingsAt + length) {
                throw new IllegalStateException("findings that end before or after their block");
            }
            return findings;
        });
    }

    /** A record's findings: its search entry (its terms if asked), and its links and ids if asked. */
    private static PageRecord.Findings findings(Reader in, boolean withTerms, boolean withScan) {
        Optional<IndexedPage> indexed = Optional.empty();
        if (in.bool()) {
            String url = in.string();
            List<IndexedPage.Terms> sections = sections(in, withTerms);
            byte[] shown = in.bytes();
            List<Diagnostic> warnings = list(in, PageRecordFile::diagnostic);
            indexed = Optional.of(new IndexedPage(url, sections, shown, warnings));
        }
        Optional<ScannedHtml> scan = Optional.empty();
        if (withScan && in.bool()) {
            List<HtmlLink> links = list(in, PageRecordFile::link);
            List<HtmlId> ids = list(in, PageRecordFile::id);
            List<HtmlHeading> headings = list(in, PageRecordFile::heading);
            String base = in.string();
            scan = Optional.of(new ScannedHtml(links, ids, headings, Optional.ofNullable(base)));
        }
        return new PageRecord.Findings(indexed, scan);
    }

    /** A counted list of items, each read by {@code item}. */
    private static <T> List<T> list(Reader in, java.util.function.Function<Reader, T> item) {
        int count = in.count();
        if (count > in.bytes.limit() - in.at) {
            throw new IllegalStateException("list beyond the end");
        }
        List<T> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item.apply(in));
        }
        return items;
    }

    private static IndexedPage.Terms terms(Reader in) {
        List<String> terms = in.strings();
        int count = in.count();
        if (count > in.bytes.limit() - in.at) {
            throw new IllegalStateException("weights beyond the end");
        }
        int[] weights = new int[count];
        for (int w = 0; w < count; w++) {
            weights[w] = in.count();
        }
        return new IndexedPage.Terms(terms, weights);
    }

    /**
     * A search entry's sections: their count, then their terms as a block of known length. A
     * reader that wants no terms steps over the block, giving each section with its terms and
     * weights left out.
     */
    private static List<IndexedPage.Terms> sections(Reader in, boolean withTerms) {
        int count = in.count();
        int length = in.count();
        int end = in.at + length;
        if (!withTerms) {
            in.skip(length);
            return java.util.Collections.nCopies(count, NO_TERMS);
        }
        List<IndexedPage.Terms> sections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sections.add(terms(in));
        }
        if (in.at != end) {
            throw new IllegalStateException("terms that end before or after their block");
        }
        return sections;
    }

    private static final IndexedPage.Terms NO_TERMS = new IndexedPage.Terms(List.of(), new int[0]);

    private static HtmlLink link(Reader in) {
        String element = in.string();
        String attribute = in.string();
        String value = in.string();
        String written = in.string();
        int offset = in.count();
        int line = in.count();
        int column = in.count();
        return new HtmlLink(element, attribute, value, written, offset, line, column);
    }

    private static HtmlId id(Reader in) {
        String id = in.string();
        int offset = in.count();
        int line = in.count();
        int column = in.count();
        boolean named = in.bool();
        return new HtmlId(id, offset, line, column, named);
    }

    private static HtmlHeading heading(Reader in) {
        int level = in.count();
        String id = in.string();
        String writtenId = in.string();
        String text = in.string();
        int closeTag = in.count();
        return new HtmlHeading(level, id, writtenId, text, closeTag);
    }

    private static Diagnostic diagnostic(Reader in) {
        int severity = in.count();
        String file = in.string();
        int line = in.count();
        int column = in.count();
        String title = in.string();
        String detail = in.string();
        String hint = in.string();
        return new Diagnostic(Severity.values()[severity], file, line, column, title, detail, hint);
    }

    /** Writes {@code n}, which must not be negative, as an unsigned variable-length integer. */
    private static void varint(java.io.OutputStream out, int n) throws IOException {
        if (n < 0) {
            throw new IOException("negative number in a page record: " + n);
        }
        while ((n & ~0x7F) != 0) {
            out.write((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        out.write(n);
    }

    /**
     * A chunk's strings as it is written: each distinct one once, numbered in the order first
     * written, and written before the chunk's records as their count, then each one's UTF-8 length
     * and bytes.
     */
    private static final class StringTable {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final java.io.ByteArrayOutputStream entries = new java.io.ByteArrayOutputStream(1 << 14);

        int number(String s) throws IOException {
            Integer number = numbers.get(s);
            if (number != null) {
                return number;
            }
            number = numbers.size();
            numbers.put(s, number);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(entries, utf8.length);
            entries.write(utf8);
            return number;
        }

        /** About how many bytes {@link #writeTo} writes. */
        int size() {
            return entries.size() + 5;
        }

        void writeTo(java.io.OutputStream out) throws IOException {
            varint(out, numbers.size());
            entries.writeTo(out);
        }
    }

    /**
     * Writes a chunk's records: a string as 1 for null or 2 + its number in the chunk's table.
     * Numbers are unsigned variable-length integers.
     */
    private static final class Strings {
        final DataOutputStream data;
        final StringTable table;

        Strings(DataOutputStream data, StringTable table) {
            this.data = data;
            this.table = table;
        }

        /** Writing to {@code other} with the same table: what it writes is put in this stream later, in one piece. */
        Strings into(DataOutputStream other) {
            return new Strings(other, table);
        }

        void string(String s) throws IOException {
            count(s == null ? 1 : table.number(s) + 2);
        }

        void strings(List<String> list) throws IOException {
            count(list.size());
            for (String s : list) {
                string(s);
            }
        }

        void count(int n) throws IOException {
            varint(data, n);
        }
    }

    /**
     * A chunk's strings by number: where each one's bytes are, made into a string the first time
     * it is asked for. The table is read once, on one thread; findings decoded later, on any
     * thread, only look strings up (a string made twice at once is the same string, so the race
     * is harmless). What records say of their pages (paths, layouts, includes) is kept made, for
     * every record of the chunk; what their findings hold (links, ids, terms) is made for the one
     * who asked and not kept: a build that read every kept page's links again held them all to
     * its end, and a site of 100,000 pages ran out of its heap.
     */
    private static final class Table {
        private final ByteBuffer bytes;
        private int[] offsets = new int[0];
        private int[] lengths = new int[0];
        private String[] made = new String[0];
        private int size;

        Table(ByteBuffer bytes) {
            this.bytes = bytes;
        }

        /** Reads the table at the reader's place, leaving the reader after it. */
        void read(Reader in, int end) {
            int count = in.count();
            if (count > end - in.at) {
                throw new IllegalStateException("a string table beyond its chunk");
            }
            offsets = new int[count];
            lengths = new int[count];
            made = new String[count];
            for (int i = 0; i < count; i++) {
                int length = in.count();
                if (length < 0 || length > end - in.at) {
                    throw new IllegalStateException("string beyond the end");
                }
                offsets[i] = in.at;
                lengths[i] = length;
                in.at += length;
            }
            size = count;
        }

        String get(int number, boolean keep) {
            if (number >= size) {
                throw new IllegalStateException("a string not in its chunk's table");
            }
            String string = made[number];
            if (string == null) {
                string = utf8(bytes, offsets[number], lengths[number]);
                if (keep) {
                    made[number] = string;
                }
            }
            return string;
        }
    }

    /** Reads what {@link Strings} wrote; any inconsistency throws a runtime exception. */
    private static final class Reader {
        final ByteBuffer bytes;
        final Table table;
        final boolean keepStrings;
        int at;

        Reader(ByteBuffer bytes, Table table, int at) {
            this(bytes, table, at, true);
        }

        /** @param keepStrings whether the strings read are kept made in the table ({@link Table}) */
        Reader(ByteBuffer bytes, Table table, int at, boolean keepStrings) {
            this.bytes = bytes;
            this.table = table;
            this.at = at;
            this.keepStrings = keepStrings;
        }

        int count() {
            int n = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                byte b = bytes.get(at++);
                n |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return n;
                }
            }
            throw new IllegalStateException("number too long");
        }

        boolean bool() {
            return bytes.get(at++) != 0;
        }

        /** Steps over {@code length} bytes. */
        void skip(int length) {
            if (length < 0 || length > bytes.limit() - at) {
                throw new IllegalStateException("a block beyond the end");
            }
            at += length;
        }

        String string() {
            int tag = count();
            if (tag == 1) {
                return null;
            }
            if (tag >= 2) {
                return table.get(tag - 2, keepStrings);
            }
            throw new IllegalStateException("a string not in its chunk's table");
        }

        /** A run of bytes written as its length and the bytes. */
        byte[] bytes() {
            int length = count();
            skip(length);
            byte[] run = new byte[length];
            bytes.get(at - length, run);
            return run;
        }

        List<String> strings() {
            int n = count();
            if (n > bytes.limit() - at) {
                throw new IllegalStateException("list beyond the end");
            }
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(string());
            }
            return list;
        }
    }

    /** The UTF-8 text at a place of the bytes (an array's directly, a mapping's through a copy). */
    private static String utf8(ByteBuffer bytes, int offset, int length) {
        if (bytes.hasArray()) {
            return new String(bytes.array(), bytes.arrayOffset() + offset, length, StandardCharsets.UTF_8);
        }
        byte[] copy = new byte[length];
        bytes.get(offset, copy);
        return new String(copy, StandardCharsets.UTF_8);
    }
}
