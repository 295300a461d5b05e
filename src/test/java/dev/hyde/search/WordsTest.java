package dev.hyde.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void spacesAreJavasWhitespaceAndTheNoBreakSpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || c == '\u00a0';
            assertEquals(expected, PageText.Reader.isSpace(c), "U+" + Integer.toHexString(c));
        }
        assertEquals("a b c", PageText.Reader.collapse(" a\u00a0\n b\u2003\u2003c\t"));
    }
}
