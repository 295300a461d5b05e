package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArrayToSentenceStringTest {

    private final Templates templates = Templates.utc();

    private String sentence(List<?> items, String connector) {
        String filter = connector == null ? "array_to_sentence_string" : "array_to_sentence_string: '" + connector + "'";
        return templates.render("{{ items | " + filter + " }}", "items", items);
    }

    @Test
    void joinsWithCommasAndConnector() {
        assertEquals("", sentence(List.of(), null));
        assertEquals("1", sentence(List.of(1), null));
        assertEquals("chunky", sentence(List.of("chunky"), null));
        assertEquals("1 and 2", sentence(List.of(1, 2), null));
        assertEquals("chunky and bacon", sentence(List.of("chunky", "bacon"), null));
        assertEquals("1, 2, 3, and 4", sentence(List.of(1, 2, 3, 4), null));
        assertEquals("chunky, bacon, bits, and pieces", sentence(List.of("chunky", "bacon", "bits", "pieces"), null));
    }

    @Test
    void customConnector() {
        assertEquals("1 or 2", sentence(List.of(1, 2), "or"));
        assertEquals("1, 2, 3, or 4", sentence(List.of(1, 2, 3, 4), "or"));
    }

    @Test
    void worksOnLiquidArrays() {
        assertEquals("apples, oranges, and grapes",
                templates.render("{{ 'apples,oranges,grapes' | split: ',' | array_to_sentence_string }}"));
    }

    @Test
    void nonArraysPassThrough() {
        assertEquals("plain", templates.render("{{ 'plain' | array_to_sentence_string }}"));
    }
}
