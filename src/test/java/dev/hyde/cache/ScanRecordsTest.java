package dev.hyde.cache;

import dev.hyde.diag.Diagnostic;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.SourceFile;
import dev.hyde.source.FrontMatterReader;
import dev.hyde.source.ScanMemory;
import dev.hyde.source.ScanMemory.ReadPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What one build's scan read is what the next build takes, value for value, while the file is as it was. */
class ScanRecordsTest {
    private static final SourceFile PAGE = new SourceFile(Path.of("content/page.md"), "content/page.md");
    private static final String HASH = "120 3735928559 12345";

    private static ReadPage read(String yaml) {
        List<Diagnostic> warnings = new ArrayList<>();
        FrontMatter fm = FrontMatterReader.read(yaml, PAGE.relativePath(), 2, warnings::add);
        return new ReadPage(fm, warnings, 40, 9);
    }

    /** What the next build recalls of {@code page}, through the bytes this build saves. */
    private static Optional<ScanMemory.Recalled> throughTheCache(ReadPage page, String hashThen, String hashNow)
            throws PageRecordFile.Damaged {
        ScanRecords first = ScanRecords.empty(Map.of(PAGE.relativePath(), hashThen));
        first.remember(PAGE, page);
        return ScanRecords.of(Map.of(PAGE.relativePath(), hashNow), first.encode()).recall(PAGE);
    }

    @Test
    void everyKindOfYamlValueComesBackAsTheSameType() throws PageRecordFile.Damaged {
        ReadPage page = read("""
                title: Values
                layout: wide
                permalink: /values/
                order: 7
                redirect_from: [/old/]
                when: 2017-07-11 15:29:34 -0700
                day: 2017-07-11
                small: 12
                long: 9876543210
                big: 123456789012345678901234567890
                ratio: 0.25
                odd: .nan
                flag: no
                nothing: ~
                list: [a, 1, [b]]
                unique: !!set {x, y}
                blob: !!binary aGVsbG8=
                nested: {1: one, 2.5: [x, {deep: true}], key: "quoted: text"}
                title: Values again
                """);
        ScanMemory.Recalled recalled = throughTheCache(page, HASH, HASH).orElseThrow();
        ReadPage back = recalled.page();
        FrontMatter fm = page.frontMatter();
        FrontMatter got = back.frontMatter();
        assertEquals(List.of(fm.title(), fm.layout(), fm.permalink(), fm.order(), fm.published(), fm.draft()),
                List.of(got.title(), got.layout(), got.permalink(), got.order(), got.published(), got.draft()));
        assertEquals(List.of(fm.layoutLine(), fm.permalinkLine(), fm.orderLine(), fm.redirectFromLine()),
                List.of(got.layoutLine(), got.permalinkLine(), got.orderLine(), got.redirectFromLine()));
        assertEquals(new ArrayList<>(fm.values().keySet()), new ArrayList<>(got.values().keySet()));
        for (Map.Entry<String, Object> entry : fm.values().entrySet()) {
            Object value = got.values().get(entry.getKey());
            if (entry.getValue() instanceof byte[] bytes) {
                assertArrayEquals(bytes, (byte[]) value);
            } else {
                assertEquals(entry.getValue(), value, entry.getKey());
                assertEquals(String.valueOf(entry.getValue()), String.valueOf(value), entry.getKey());
                if (entry.getValue() != null) {
                    assertEquals(entry.getValue().getClass(), value.getClass(), entry.getKey());
                }
            }
        }
        Map<?, ?> nested = (Map<?, ?>) got.values().get("nested");
        assertEquals(List.of(Integer.class, Double.class, String.class),
                nested.keySet().stream().map(Object::getClass).toList(), "keys of every type, in order");
        assertEquals(1, page.warnings().size(), "the repeated title");
        assertEquals(page.warnings(), back.warnings());
        assertEquals(List.of(40, 9, 120L, 3735928559L),
                List.of(back.bodyOffset(), back.bodyLine(), recalled.fileSize(), recalled.fileChecksum()));
    }

    @Test
    void aFileThatChangedOrIsNewIsReadAgain() throws PageRecordFile.Damaged {
        ReadPage page = read("title: Changed\n");
        assertTrue(throughTheCache(page, HASH, "121 3735928559 12345").isEmpty(), "another hash");
        ScanRecords first = ScanRecords.empty(Map.of());
        first.remember(PAGE, page);
        assertTrue(ScanRecords.of(Map.of(PAGE.relativePath(), HASH), first.encode()).recall(PAGE).isEmpty(),
                "a file that was not hashed when it was read");
        ScanRecords none = ScanRecords.of(Map.of(PAGE.relativePath(), HASH), ScanRecords.empty(Map.of()).encode());
        assertTrue(none.recall(PAGE).isEmpty(), "a file not read before");
    }

    @Test
    void aPageRecalledIsRememberedForTheBuildAfter() throws PageRecordFile.Damaged {
        ScanRecords first = ScanRecords.empty(Map.of(PAGE.relativePath(), HASH));
        first.remember(PAGE, read("title: Twice\n"));
        ScanRecords second = ScanRecords.of(Map.of(PAGE.relativePath(), HASH), first.encode());
        assertTrue(second.recall(PAGE).isPresent());
        ScanRecords third = ScanRecords.of(Map.of(PAGE.relativePath(), HASH), second.encode());
        assertEquals("Twice", third.recall(PAGE).orElseThrow().page().frontMatter().title());
    }

    @Test
    void aValueYamlDoesNotGiveAsItsOwnTypeLeavesThePageToBeReadAgain() throws PageRecordFile.Damaged {
        // !!pairs is a list of two-element arrays, which the cache does not keep
        ReadPage page = read("title: Pairs\npairs: !!pairs [a: 1, b: 2]\n");
        assertTrue(page.frontMatter().values().get("pairs") instanceof List<?> list && list.get(0) instanceof Object[],
                "SnakeYAML's pairs: " + page.frontMatter().values());
        assertTrue(throughTheCache(page, HASH, HASH).isEmpty());
    }

    @Test
    void bytesThatAreNotASavedScanAreRefused() {
        ScanRecords first = ScanRecords.empty(Map.of(PAGE.relativePath(), HASH));
        first.remember(PAGE, read("title: Cut\n"));
        byte[] saved = first.encode();
        assertThrows(PageRecordFile.Damaged.class,
                () -> ScanRecords.of(Map.of(), java.util.Arrays.copyOf(saved, saved.length - 3)));
        byte[] longer = java.util.Arrays.copyOf(saved, saved.length + 1);
        assertThrows(PageRecordFile.Damaged.class, () -> ScanRecords.of(Map.of(), longer));
    }
}
