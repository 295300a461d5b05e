package dev.hyde.liquid.filters;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The expected values are what Ruby 3.1's {@code String#split} gives, which Liquid's {@code split} calls. */
class SplitTest {

    private final Templates templates = Templates.utc();

    private String split(String input, String pattern) {
        return templates.render("{{ input | split: pattern | jsonify }}", "input", input, "pattern", pattern);
    }

    @Test
    void aSpaceSplitsAtRunsOfAsciiWhitespaceIgnoringLeadingWhitespace() {
        assertEquals("[\"a\",\"b\",\"c\",\"d\"]", split(" a  b\tc\n\n d ", " "));
        assertEquals("[\"a\",\"b\",\"c\",\"d\"]", split("a\u000bb\fc\rd", " "));
        assertEquals("[\"a\u00a0b\",\"c\"]", split("a\u00a0b c", " "));
        assertEquals("[]", split("   ", " "));
    }

    @Test
    void otherPatternsSplitAtEachOccurrenceKeepingLeadingEmptyItemsAndDroppingTrailingOnes() {
        assertEquals("[\"\",\"a\",\"\",\"b\"]", split(",a,,b,,", ","));
        assertEquals("[\"a\",\"b\"]", split("aXXbXX", "XX"));
        assertEquals("[]", split(",", ","));
        assertEquals("[]", split("", ","));
        assertEquals("[\"a b\"]", split("a b", ","));
    }

    @Test
    void anEmptyPatternSplitsIntoCharacters() {
        assertEquals("[\"a\",\"b\",\"c\"]", split("abc", ""));
        assertEquals("[\"\ud83d\ude00\",\"x\"]", split("\ud83d\ude00x", ""));
    }

    @Test
    void theItemsWorkAsAnArray() {
        assertEquals("3:b", templates.render("{% assign p = ' a b  c' | split: ' ' %}{{ p.size }}:{{ p[1] }}"));
        assertEquals("a|b", templates.render("{{ ' a  b ' | split: ' ' | join: '|' }}"));
    }
}
