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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records written and read back are the records: paths and dependencies read at once, findings
 * decoded later in any order and on any thread, and records carried into a later file (a chunk
 * copied as it is, or a record written again from what was read).
 */
class PageRecordFileTest {
    @TempDir
    Path dir;

    /** Few words, so that strings recur within and across records, in dependencies and findings alike. */
    private static final List<String> WORDS = List.of("guide", "/guide/", "index.html", "_includes/nav.html",
            "caf\u00e9", "a", "href", "\u201cquoted\u201d", "setup", "nav", "site.data.links", "");

    /**
     * @param mapAbove the size above which the file is mapped rather than read into the heap:
     *                 both ways read the same records (and a mapped chunk is copied the same)
     */
    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, 0})
    void recordsReadBackAreTheRecordsWrittenWhateverOrderTheirFindingsAreAskedIn(long mapAbove) throws Exception {
        Random random = new Random(11);
        List<PageRecord> written = IntStream.range(0, 700).mapToObj(i -> record(random, i)).toList();
        Path file = dir.resolve("pages.bin");
        write(file, "one", written, w -> { });

        PageRecordFile.Stored stored = PageRecordFile.read(file, "one", mapAbove);
        assertEquals(3, stored.chunks().size());
        assertEquals(written.size(), stored.records().size());
        List<PageRecord> shuffled = new ArrayList<>(written);
        Collections.shuffle(shuffled, random);
        shuffled.parallelStream().forEach(expected -> assertSame(expected, stored.records().get(expected.contentPath())));

        // a later file: the first chunk copied as it is, the other records written again from what was read
        Path next = dir.resolve("next.bin");
        write(next, "two", List.of(), w -> {
            try {
                w.copy(stored.chunks().get(0));
                for (PageRecord r : written.subList(256, written.size())) {
                    w.add(stored.records().get(r.contentPath()));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        PageRecordFile.Stored again = PageRecordFile.read(next, "two", mapAbove);
        written.forEach(expected -> assertSame(expected, again.records().get(expected.contentPath())));
    }

    /**
     * What records say of their pages is made once per chunk; what their findings hold is made
     * for the one who asks and not kept: decoding every kept page's links (a link check of a
     * whole site again) kept them all in the heap until the build ended.
     */
    @org.junit.jupiter.api.Test
    void findingsAreMadeForWhoAsksAndNotKept() throws Exception {
        Random random = new Random(5);
        List<PageRecord> written = new ArrayList<>(IntStream.range(0, 50).mapToObj(i -> record(random, i)).toList());
        ScannedHtml page = new ScannedHtml(List.of(new HtmlLink("a", "href", "/only/in/findings/", "/only/in/findings/",
                0, 1, 1)), List.of(), List.of(), Optional.empty());
        PageRecord.Findings linkOnly = new PageRecord.Findings(Optional.empty(), Optional.of(page));
        written.add(new PageRecord("linking.md", "linking/index.html", List.of(), written.get(0).dependencies(), "",
                (terms, links) -> linkOnly));
        Path file = dir.resolve("pages.bin");
        write(file, "one", written, w -> { });
        PageRecordFile.Stored stored = PageRecordFile.read(file, "one", Long.MAX_VALUE);
        List<String> layouts = written.stream().flatMap(r -> stored.records().get(r.contentPath()).layoutFiles().stream())
                .toList();
        String named = layouts.get(0);
        assertTrue(layouts.stream().filter(named::equals).count() > 1, "records of one chunk name one layout");
        assertTrue(layouts.stream().filter(named::equals).allMatch(l -> l == named), "a layout named twice is one string");
        PageRecord linking = stored.records().get("linking.md");
        HtmlLink once = linking.findings().get().scan().orElseThrow().links().get(0);
        HtmlLink again = linking.findings().get().scan().orElseThrow().links().get(0);
        assertEquals(once.value(), again.value());
        assertTrue(once.value() != again.value(), "a link's URL is made anew each time, not kept");
    }

    private static void write(Path file, String id, List<PageRecord> records,
                              java.util.function.Consumer<PageRecordFile.Writer> more) throws IOException {
        try (PageRecordFile.Writer writer = new PageRecordFile.Writer(file, id)) {
            for (PageRecord record : records) {
                writer.add(record);
            }
            more.accept(writer);
            writer.commit();
        }
    }

    private static void assertSame(PageRecord expected, PageRecord actual) {
        String at = expected.contentPath();
        assertEquals(expected.contentPath(), actual.contentPath());
        assertEquals(expected.outputPath(), actual.outputPath(), at);
        assertEquals(expected.layoutFiles(), actual.layoutFiles(), at);
        assertEquals(expected.dependencies(), actual.dependencies(), at);
        assertEquals(expected.scanned(), actual.scanned(), at);
        PageRecord.Findings want = expected.findings().get();
        PageRecord.Findings got = actual.findings().get();
        assertEquals(want.scan(), got.scan(), at);
        assertEquals(want.indexed().isPresent(), got.indexed().isPresent(), at);
        if (want.indexed().isPresent()) {
            IndexedPage w = want.indexed().get();
            IndexedPage g = got.indexed().get();
            assertEquals(w.url(), g.url(), at);
            assertArrayEquals(w.shown(), g.shown(), at);
            assertEquals(w.warnings(), g.warnings(), at);
            assertEquals(w.sections().size(), g.sections().size(), at);
            for (int s = 0; s < w.sections().size(); s++) {
                assertEquals(w.sections().get(s).terms(), g.sections().get(s).terms(), at);
                assertArrayEquals(w.sections().get(s).weights(), g.sections().get(s).weights(), at);
            }
            // read without terms: the same entry, its sections counted but empty
            PageRecord.Findings lean = actual.findings().read(false, true);
            IndexedPage l = lean.indexed().orElseThrow();
            assertEquals(w.url(), l.url(), at);
            assertArrayEquals(w.shown(), l.shown(), at);
            assertEquals(w.warnings(), l.warnings(), at);
            assertEquals(w.sections().size(), l.sections().size(), at);
            l.sections().forEach(section -> assertEquals(List.of(), section.terms(), at));
            assertEquals(want.scan(), lean.scan(), at);
            PageRecord.Findings entryOnly = actual.findings().read(true, false);
            assertEquals(Optional.empty(), entryOnly.scan(), at);
            assertArrayEquals(w.shown(), entryOnly.indexed().orElseThrow().shown(), at);
        }
    }

    private static PageRecord record(Random random, int n) {
        Function<Integer, List<String>> words = count -> IntStream.range(0, count)
                .mapToObj(i -> WORDS.get(random.nextInt(WORDS.size()))).toList();
        PageDependencies deps = new PageDependencies(Set.copyOf(words.apply(random.nextInt(3))),
                Set.copyOf(words.apply(random.nextInt(3))), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean(), Set.copyOf(words.apply(random.nextInt(3))), random.nextBoolean());
        Optional<IndexedPage> indexed = Optional.empty();
        if (random.nextInt(4) > 0) {
            List<IndexedPage.Terms> sections = new ArrayList<>();
            for (int s = random.nextInt(4); s > 0; s--) {
                List<String> terms = words.apply(random.nextInt(6));
                int[] weights = terms.stream().mapToInt(t -> 1 + random.nextInt(63)).toArray();
                sections.add(new IndexedPage.Terms(terms, weights));
            }
            byte[] shown = String.join("\n", words.apply(sections.size())).getBytes(StandardCharsets.UTF_8);
            List<Diagnostic> warnings = random.nextInt(5) == 0
                    ? List.of(new Diagnostic(Severity.WARNING, "content/p" + n + ".md", n, 2, "Too long", null, "a hint"))
                    : List.of();
            indexed = Optional.of(new IndexedPage("/p" + n + "/", sections, shown, warnings));
        }
        Optional<ScannedHtml> scan = Optional.empty();
        if (random.nextInt(4) > 0) {
            List<HtmlLink> links = IntStream.range(0, random.nextInt(5)).mapToObj(i -> new HtmlLink("a", "href",
                    WORDS.get(random.nextInt(WORDS.size())), WORDS.get(random.nextInt(WORDS.size())), i * 10, i + 1, 3))
                    .toList();
            List<HtmlId> ids = IntStream.range(0, random.nextInt(3)).mapToObj(i -> new HtmlId(
                    WORDS.get(random.nextInt(WORDS.size())), i, i + 1, 1, random.nextBoolean())).toList();
            List<HtmlHeading> headings = IntStream.range(0, random.nextInt(3)).mapToObj(i -> new HtmlHeading(2,
                    WORDS.get(random.nextInt(WORDS.size())), null, "Heading " + i, 40 + i)).toList();
            scan = Optional.of(new ScannedHtml(links, ids, headings,
                    random.nextBoolean() ? Optional.empty() : Optional.of(WORDS.get(random.nextInt(WORDS.size())))));
        }
        PageRecord.Findings findings = new PageRecord.Findings(indexed, scan);
        return new PageRecord("p" + n + ".md", "p" + n + "/index.html", words.apply(random.nextInt(3)), deps,
                random.nextBoolean() ? "" : Integer.toHexString(n), (terms, links) -> findings);
    }
}
