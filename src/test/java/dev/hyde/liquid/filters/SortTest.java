package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SortTest {

    private final Templates templates = Templates.utc();

    private String sort(Object input, String args) {
        String filter = args == null ? "sort" : "sort: " + args;
        return templates.render("{{ input | " + filter + " | jsonify }}", "input", input);
    }

    @Test
    void numbers() {
        assertEquals("[1,2,2.2,3]", sort(List.of(3, 2.2, 2, 1), null));
    }

    @Test
    void stringsByCodePoint() {
        assertEquals("[\"10\",\"2\"]", sort(List.of("10", "2"), null));
        assertEquals("[\"FOO\",\"Foo\",\"foo\"]", sort(List.of("foo", "Foo", "FOO"), null));
        assertEquals("[\"_foo\",\"foo\",\"foo_\"]", sort(List.of("foo_", "_foo", "foo"), null));
        assertEquals("[\"ВУЗ\",\"Вуз\",\"вуз\"]", sort(List.of("Вуз", "вуз", "ВУЗ"), null));
        assertEquals("[\"אלף\",\"בית\"]", sort(List.of("בית", "אלף"), null));
    }

    @Test
    void byProperty() {
        assertEquals("[{\"a\":1},{\"a\":2},{\"a\":3},{\"a\":4}]",
                sort(List.of(Map.of("a", 4), Map.of("a", 3), Map.of("a", 1), Map.of("a", 2)), "'a'"));
    }

    @Test
    void numericTextSortsAsNumbers() {
        assertEquals("[{\"a\":\".5\"},{\"a\":\"0.65\"},{\"a\":\"10\"}]",
                sort(List.of(Map.of("a", "10"), Map.of("a", ".5"), Map.of("a", "0.65")), "'a'"));
        assertEquals("[{\"a\":\".5\"},{\"a\":\"0.6\"},{\"a\":\"twelve\"}]",
                sort(List.of(Map.of("a", "twelve"), Map.of("a", ".5"), Map.of("a", "0.6")), "'a'"));
        assertEquals("[{\"a\":\"1\"},{\"a\":\"1abc\"},{\"a\":\"20\"}]",
                sort(List.of(Map.of("a", "20"), Map.of("a", "1"), Map.of("a", "1abc")), "'a'"));
    }

    @Test
    void nilsFirstOrLast() {
        List<Map<String, Object>> items = List.of(Map.of("a", 2), Map.of("b", 1), Map.of("a", 1));
        assertEquals("[{\"b\":1},{\"a\":1},{\"a\":2}]", sort(items, "'a'"));
        assertEquals("[{\"b\":1},{\"a\":1},{\"a\":2}]", sort(items, "'a', 'first'"));
        assertEquals("[{\"a\":1},{\"a\":2},{\"b\":1}]", sort(items, "'a', 'last'"));
    }

    @Test
    void bySubproperty() {
        assertEquals("[{\"a\":{\"b\":1}},{\"a\":{\"b\":2}},{\"a\":{\"b\":3}}]", sort(List.of(
                Map.of("a", Map.of("b", 2)), Map.of("a", Map.of("b", 1)), Map.of("a", Map.of("b", 3))), "'a.b'"));
    }

    @Test
    void nilInputAndBadNilsOrderAreErrors() {
        RuntimeException nil = assertThrows(RuntimeException.class, () -> templates.render("{{ nothing | sort }}"));
        assertEquals("Cannot sort a null object.", rootMessage(nil));
        RuntimeException order = assertThrows(RuntimeException.class, () -> sort(List.of(Map.of("a", 1)), "'a', 'middle'"));
        assertEquals("Invalid nils order: 'middle' is not a valid nils order. It must be 'first' or 'last'.",
                rootMessage(order));
    }

    @Test
    void textPassesThrough() {
        assertEquals("text", templates.render("{{ 'text' | sort }}"));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
