package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import liqp.TemplateParser;
import liqp.filters.Filter;
import liqp.parser.Flavor;
import org.junit.jupiter.api.Test;

class JekyllFiltersTest {

    @Test
    void registersEveryFilterByItsJekyllName() {
        Set<String> names = JekyllFilters.all(text -> text).stream().map(Filter::getName).collect(Collectors.toSet());
        assertEquals(Set.of("markdownify", "scssify", "sassify", "jsonify", "slugify", "xml_escape", "cgi_escape", "uri_escape",
                "date_to_xmlschema", "date_to_rfc822", "date_to_string", "date_to_long_string", "number_of_words",
                "array_to_sentence_string", "group_by", "group_by_exp", "where_exp", "find", "find_exp", "sort", "join", "split", "absolute_url", "relative_url",
                "date", "where"),
                names);
    }

    @Test
    void nowIsTheBuildTime() {
        TemplateParser parser = JekyllFilters.register(new TemplateParser.Builder().withFlavor(Flavor.JEKYLL), t -> t)
                .build();
        java.util.Map<String, Object> site = java.util.Map.of("time",
                java.time.ZonedDateTime.parse("2017-07-11T15:29:34-07:00"));
        assertEquals("2017 2017-07-11", parser.parse("{{ 'now' | date: '%Y' }} {{ 'today' | date: '%Y-%m-%d' }}")
                .render(java.util.Map.of("site", site)));
        assertEquals("1999", parser.parse("{{ '1999-01-02' | date: '%Y' }}").render(java.util.Map.of("site", site)),
                "other dates as Liquid reads them");
    }

    @Test
    void registeredFiltersReplaceLiqpsOwn() {
        TemplateParser parser = JekyllFilters.register(new TemplateParser.Builder().withFlavor(Flavor.JEKYLL), t -> t)
                .build();
        assertTrue(parser.filters.get("sort") instanceof Sort);
        assertTrue(parser.filters.get("where_exp") instanceof WhereExp);
        assertEquals("hello-world | x", parser.parse("{{ 'Hello World!' | slugify }} | {{ 'x' | markdownify }}").render());
    }

    @Test
    void liqpFiltersRemainAvailable() {
        TemplateParser parser = JekyllFilters.register(new TemplateParser.Builder().withFlavor(Flavor.JEKYLL), t -> t)
                .build();
        assertEquals("a b", parser.parse("{{ ' a \n b ' | normalize_whitespace }}").render());
        assertEquals("red", parser.parse("{{ items | where: 'c', 'red' | map: 'c' }}")
                .render(Map.of("items", List.of(Map.of("c", "red"), Map.of("c", "blue")))));
    }
}
