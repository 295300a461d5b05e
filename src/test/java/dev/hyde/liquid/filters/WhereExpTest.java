package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WhereExpTest {

    private final Templates templates = Templates.utc();

    static final List<Map<String, Object>> OBJECTS = List.of(
            Map.of("color", "teal", "size", "large", "type", "variable"),
            Map.of("color", "red", "size", "large", "type", "fixed"),
            Map.of("color", "red", "size", "medium", "type", "variable"),
            Map.of("color", "blue", "size", "medium", "type", "fixed"));

    private String colors(String expression) {
        return templates.render("{{ objects | where_exp: 'item', \"" + expression + "\" | map: 'color' | join: ',' }}",
                "objects", OBJECTS);
    }

    @Test
    void comparisons() {
        assertEquals("red,red", colors("item.color == 'red'"));
        assertEquals("3,4,5", templates.render("{{ nums | where_exp: 'n', 'n >= 3' | join: ',' }}",
                "nums", List.of(1, 2, 3, 4, 5)));
    }

    @Test
    void andOrEvaluateRightToLeftAsInLiquid() {
        assertEquals("teal,red,red", colors("item.color == 'red' or item.size == 'large'"));
        assertEquals("red", colors("item.color == 'red' and item.size == 'large'"));
        assertEquals("red", colors("item.type == 'fixed' and item.color == 'red' or item.color == 'teal'"));
    }

    @Test
    void bareExpressionTestsTruthiness() {
        List<Map<String, Object>> posts = List.of(Map.of("title", "A"), Map.of("draft", true), Map.of("title", ""));
        assertEquals("2", templates.render("{{ posts | where_exp: 'p', 'p.title' | size }}", "posts", posts));
    }

    @Test
    void containsOverArrays() {
        List<Map<String, Object>> objects = List.of(
                Map.of("id", "a", "groups", List.of(1, 2)),
                Map.of("id", "b", "groups", List.of(2, 3)),
                Map.of("id", "c"),
                Map.of("id", "d", "groups", List.of(1, 3)));
        assertEquals("a,d", templates.render(
                "{{ objects | where_exp: 'obj', 'obj.groups contains 1' | map: 'id' | join: ',' }}", "objects", objects));
    }

    @Test
    void hashesAreFilteredByValue() {
        Map<String, Object> hash = new LinkedHashMap<>();
        hash.put("a", Map.of("color", "red"));
        hash.put("b", Map.of("color", "blue"));
        assertEquals("[{\"color\":\"red\"}]",
                templates.render("{{ hash | where_exp: 'item', \"item.color == 'red'\" | jsonify }}", "hash", hash));
    }

    @Test
    void seesOuterVariables() {
        assertEquals("red,red", templates.render(
                "{% assign wanted = 'red' %}{{ objects | where_exp: 'item', 'item.color == wanted' | map: 'color' | join: ',' }}",
                "objects", OBJECTS));
    }

    @Test
    void nonArraysPassThrough() {
        assertEquals("some string", templates.render("{{ 'some string' | where_exp: 'la', 'le' }}"));
    }
}
