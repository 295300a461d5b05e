package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GroupingFiltersTest {

    private final Templates templates = Templates.utc();

    private static final List<Map<String, Object>> PEOPLE = List.of(
            Map.of("name", "Allison", "year", 2016),
            Map.of("name", "Amy", "year", 2016),
            Map.of("name", "George", "year", 2019),
            Map.of("name", "Nobody"));

    private static final String SHOW = "{% for g in groups %}[{{ g.name }}:{{ g.size }}:"
            + "{% for i in g.items %}{{ i.name }}{% unless forloop.last %},{% endunless %}{% endfor %}]{% endfor %}";

    @Test
    void groupByPropertyText() {
        assertEquals("[2016:2:Allison,Amy][2019:1:George][:1:Nobody]",
                templates.render("{% assign groups = people | group_by: 'year' %}" + SHOW, "people", PEOPLE));
    }

    @Test
    void groupByNamesAreText() {
        assertEquals("[\"2016\",\"2019\",\"\"]",
                templates.render("{{ people | group_by: 'year' | map: 'name' | jsonify }}", "people", PEOPLE));
    }

    @Test
    void groupByDottedProperty() {
        List<Map<String, Object>> posts = List.of(
                Map.of("name", "a", "meta", Map.of("lang", "en")),
                Map.of("name", "b", "meta", Map.of("lang", "fr")),
                Map.of("name", "c", "meta", Map.of("lang", "en")));
        assertEquals("[en:2:a,c][fr:1:b]",
                templates.render("{% assign groups = posts | group_by: 'meta.lang' %}" + SHOW, "posts", posts));
    }

    @Test
    void groupByPassesNonArraysThrough() {
        assertEquals("some string", templates.render("{{ 'some string' | group_by: 'x' }}"));
    }

    @Test
    void groupByExpGroupsByExpressionWithFilters() {
        List<Map<String, Object>> items = List.of(
                Map.of("name", "slow", "version", "1.0"),
                Map.of("name", "medium", "version", "1.1.5"),
                Map.of("name", "fast", "version", "2.7.3"));
        assertEquals("[1:2:slow,medium][2:1:fast]", templates.render(
                "{% assign groups = items | group_by_exp: 'item', \"item.version | split: '.' | first\" %}" + SHOW,
                "items", items));
    }

    @Test
    void groupByExpKeepsValueOfExpression() {
        assertEquals("2016,2019,null,", templates.render(
                "{% assign groups = people | group_by_exp: 'p', 'p.year' %}{% for g in groups %}{{ g.name | jsonify }},{% endfor %}",
                "people", PEOPLE));
        assertEquals("[\"ALLISON\",\"AMY\",\"GEORGE\",\"NOBODY\"]", templates.render(
                "{{ people | group_by_exp: 'p', 'p.name | upcase' | map: 'name' | jsonify }}", "people", PEOPLE));
    }

    @Test
    void groupByExpOnWholeElementsAndHashes() {
        assertEquals("4", templates.render("{{ items | group_by_exp: 'item', 'item' | size }}",
                "items", List.of("a", "b", "c", "d")));
        Map<Object, Object> hash = new LinkedHashMap<>();
        hash.put(1, "a");
        hash.put(2, "b");
        assertEquals("[[[1,\"a\"]],[[2,\"b\"]]]", templates.render(
                "{{ hash | group_by_exp: 'item', 'item' | map: 'items' | jsonify }}", "hash", hash));
    }

    @Test
    void groupByExpPassesNonArraysThrough() {
        assertEquals("some string", templates.render("{{ 'some string' | group_by_exp: 'la', 'le' }}"));
    }
}
