package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberOfWordsTest {

    private final Templates templates = Templates.utc();

    private String count(String text, String mode) {
        String filter = mode == null ? "number_of_words" : "number_of_words: '" + mode + "'";
        return templates.render("{{ text | " + filter + " }}", "text", text);
    }

    @Test
    void countsWhitespaceSeparatedWords() {
        assertEquals("4", count("  Hello\tworld,\nthis is  ", null));
        assertEquals("0", count("", null));
    }

    @Test
    void defaultModeTreatsCjkRunsAsOneWord() {
        assertEquals("1", count("你好世界", null));
        assertEquals("3", count("Hello 你好世界 world", null));
    }

    @Test
    void cjkModeCountsEveryCjkCharacter() {
        assertEquals("4", count("你好世界", "cjk"));
        assertEquals("6", count("Hello 你好世界 world", "cjk"));
        assertEquals("5", count("こんにちは", "cjk"));
        assertEquals("3", count("안녕 hi", "cjk"));
    }

    @Test
    void autoModeCountsCjkOnlyWhenPresent() {
        assertEquals("2", count("Hello world", "auto"));
        assertEquals("6", count("Hello 你好世界 world", "auto"));
    }

    @Test
    void nilHasNoWords() {
        assertEquals("0", templates.render("{{ nothing | number_of_words }}"));
    }
}
