package dev.hyde.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The shortcuts splitting takes for common characters say what the full rules say. */
class WordsTest {

    @Test
    void generalPunctuationSeparatesWordsAsItsCharactersPropertiesSay() {
        for (int c = Words.GENERAL_PUNCTUATION; c <= Words.GENERAL_PUNCTUATION_END; c++) {
            assertEquals(0, Words.kind(c), "U+" + Integer.toHexString(c));
        }
        List<String> terms = new ArrayList<>();
        Words.split("Meshwork\u2019s \u201cproxy\u201d\u2014sidecar\u2026 Caf\u00e9", terms::add, script -> { });
        assertEquals(List.of("meshwork", "proxy", "sidecar", "caf\u00e9"), terms);
    }

    @Test
    void termsTakenFromAThreadsTableAreTheTermsSplittingMakesAndOneCopyEach() {
        StringBuilder text = new StringBuilder("The Proxy and THE proxy: it's x-ray, \u00dcber and Caf\u00e9 in 2024 \u691c\u7d22. ");
        // more distinct words than the table has slots, so terms are pushed out and met again
        for (int i = 0; i < 40_000; i++) {
            text.append("Word").append(Integer.toString(i * 7919 % 20_000, 36)).append(i % 3 == 0 ? " the " : " ");
        }
        String page = text.toString();
        List<String> made = new ArrayList<>();
        Words.split(page, made::add, script -> { });
        SearchTerms copies = new SearchTerms();
        SearchTerms.Table table = copies.table();
        for (int round = 0; round < 2; round++) {
            List<String> taken = new ArrayList<>();
            Words.split(page, 0, page.length(), table, taken::add, script -> { });
            assertEquals(made, taken);
            for (String term : taken) {
                assertSame(table.copy(new String(term)), term, term);
            }
        }
        assertEquals(List.of("proxy", "proxy", "ray", "\u00fcber", "caf\u00e9", "2024", "\u691c\u7d22"), made.subList(0, 7));
    }

    @Test
    void spacesAreJavasWhitespaceAndTheNoBreakSpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || c == '\u00a0';
            assertEquals(expected, PageText.Reader.isSpace(c), "U+" + Integer.toHexString(c));
        }
        assertEquals("a b c", PageText.Reader.collapse(" a\u00a0\n b\u2003\u2003c\t"));
    }
}
