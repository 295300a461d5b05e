package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code where} as Jekyll 4.3 selects: property and value compared as text, arrays by element. */
class WhereTest {

    private final Templates templates = Templates.utc();

    private String where(Object input, String args) {
        return templates.render("{{ input | where: " + args + " | jsonify }}", "input", input);
    }

    @Test
    void selectsEveryMatchingItemInOrder() {
        List<Map<String, Object>> items = List.of(ordered("color", "red", "n", 1), ordered("color", "blue", "n", 2),
                ordered("color", "red", "n", 3));
        assertEquals("[{\"color\":\"red\",\"n\":1},{\"color\":\"red\",\"n\":3}]", where(items, "'color', 'red'"));
        assertEquals("[]", where(items, "'color', 'green'"));
    }

    @Test
    void comparesNumbersAndNumberLikeTextAsText() {
        List<Map<String, Object>> values = List.of(Map.of("value", 24.625), Map.of("value", "555"),
                Map.of("value", "abc"), Map.of("value", " 7 "));
        assertEquals("[{\"value\":24.625}]", where(values, "'value', 24.625"));
        assertEquals("[{\"value\":\"555\"}]", where(values, "'value', 555"));
        assertEquals("[{\"value\":\"555\"}]", where(values, "'value', '555'"));
        assertEquals("[{\"value\":\" 7 \"}]", where(values, "'value', 7"), "' 7 ' reads as the integer 7");
        assertEquals("[{\"value\":\"abc\"}]", where(values, "'value', 'abc'"));
    }

    @Test
    void matchesArrayElementsAndDottedProperties() {
        assertEquals("[{\"tags\":[\"x\",\"y\"]}]", where(List.of(Map.of("tags", List.of("x", "y")),
                Map.of("tags", List.of("z"))), "'tags', 'y'"));
        assertEquals("[{\"a\":{\"b\":\"c\"}}]", where(List.of(Map.of("a", Map.of("b", "c")), Map.of("a", Map.of("b", "d"))),
                "'a.b', 'c'"));
    }

    @Test
    void nilTargetsAndHashes() {
        Map<String, Object> withNil = new HashMap<>();
        withNil.put("tags", null);
        assertEquals("[{\"tags\":null},{}]", where(List.of(Map.of("tags", "x"), withNil, Map.of()), "'tags', nil"));
        Map<String, Object> hash = new LinkedHashMap<>();
        hash.put("a", Map.of("color", "red"));
        hash.put("b", Map.of("color", "blue"));
        assertEquals("[{\"color\":\"blue\"}]", where(hash, "'color', 'blue'"), "a hash is filtered by its values");
    }

    @Test
    void anArrayOrHashAsTheValueGivesTheInputBack() {
        List<Map<String, Object>> items = List.of(Map.of("color", "red"));
        assertEquals("[{\"color\":\"red\"}]", templates.render(
                "{% assign v = 'a,b' | split: ',' %}{{ input | where: 'color', v | jsonify }}", "input", items));
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
