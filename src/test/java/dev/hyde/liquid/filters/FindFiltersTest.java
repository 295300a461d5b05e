package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FindFiltersTest {

    private final Templates templates = Templates.utc();

    private String find(Object input, String args) {
        return templates.render("{{ input | find: " + args + " | jsonify }}", "input", input);
    }

    @Test
    void findsFirstMatchingItem() {
        assertEquals("{\"color\":\"red\",\"size\":\"large\",\"type\":\"fixed\"}",
                templates.render("{{ objects | find: 'color', 'red' | jsonify }}", "objects", List.of(
                        ordered("color", "teal", "size", "large", "type", "variable"),
                        ordered("color", "red", "size", "large", "type", "fixed"),
                        ordered("color", "red", "size", "medium", "type", "variable"))));
    }

    @Test
    void comparesAsText() {
        List<Map<String, Object>> values = List.of(Map.of("value", 24.625), Map.of("value", "555"));
        assertEquals("{\"value\":24.625}", find(values, "'value', 24.625"));
        assertEquals("{\"value\":\"555\"}", find(values, "'value', 555"));
    }

    @Test
    void matchesArrayElements() {
        assertEquals("{\"tags\":[\"x\",\"y\"]}", find(List.of(Map.of("tags", List.of("x", "y"))), "'tags', 'x'"));
    }

    @Test
    void nilAndEmptyTargets() {
        Map<String, Object> withNil = new HashMap<>();
        withNil.put("tags", null);
        List<Map<String, Object>> items = List.of(Map.of("tags", List.of("x")), withNil, Map.of("tags", ""));
        assertEquals("{\"tags\":null}", find(items, "'tags', nil"));
        assertEquals("{\"tags\":null}", find(items, "'tags', empty"));
        assertEquals("{\"tags\":\"\"}", find(List.of(Map.of("tags", List.of("x")), Map.of("tags", "")), "'tags', blank"));
    }

    @Test
    void noMatchIsNil() {
        assertEquals("null", find(List.of(Map.of("category", "bear")), "'category', 'ear'"));
    }

    @Test
    void hashesAreSearchedByValue() {
        Map<String, Object> hash = new LinkedHashMap<>();
        hash.put("a", Map.of("color", "red"));
        hash.put("b", Map.of("color", "blue"));
        assertEquals("{\"color\":\"blue\"}", find(hash, "'color', 'blue'"));
    }

    @Test
    void nonArraysPassThrough() {
        assertEquals("some string", templates.render("{{ 'some string' | find: 'la', 'le' }}"));
    }

    @Test
    void findExpReturnsFirstItemForWhichConditionHolds() {
        assertEquals("3", templates.render("{{ nums | find_exp: 'n', 'n >= 3' }}", "nums", List.of(1, 2, 3, 4, 5)));
        assertEquals("red", templates.render("{{ objects | find_exp: 'item', \"item.size == 'medium'\" | map: 'color' }}",
                "objects", WhereExpTest.OBJECTS));
        assertEquals("null", templates.render("{{ nums | find_exp: 'n', 'n > 9' | jsonify }}", "nums", List.of(1, 2)));
        assertEquals("some string", templates.render("{{ 'some string' | find_exp: 'la', 'le' }}"));
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
