package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import liqp.parser.LiquidSupport;
import org.junit.jupiter.api.Test;

class JsonifyTest {

    private final Templates templates = Templates.utc();

    private String json(Object value) {
        return templates.render("{{ value | jsonify }}", "value", value);
    }

    @Test
    void hashesBecomeObjects() {
        assertEquals("{\"age\":18}", json(Map.of("age", 18)));
    }

    @Test
    void arraysBecomeArrays() {
        assertEquals("[1,2]", json(List.of(1, 2)));
        assertEquals("[{\"name\":\"Jack\"},{\"name\":\"Smith\"}]",
                json(List.of(Map.of("name", "Jack"), Map.of("name", "Smith"))));
        assertEquals("[1,2]", templates.render("{{ '1,2' | split: ',' | jsonify }}").replace("\"", ""));
    }

    @Test
    void scalars() {
        assertEquals("\"He said \\\"hi\\\"\\n\\\\o/ é\"", json("He said \"hi\"\n\\o/ é"));
        assertEquals("null", templates.render("{{ nothing | jsonify }}"));
        assertEquals("true", json(true));
        assertEquals("[1.5,100.0,1.0e+20,1.0e-05]", json(Arrays.asList(1.5, 100.0, 1e20, 0.00001)));
        assertEquals("\"\\u001f\"", json("\u001f"));
    }

    @Test
    void floatsSwitchToExponentsWhereRubyDoes() {
        assertEquals("[1000000000000000.0,1.0e+16,0.0001,123456789.125,-2.5e-07,0.0]",
                json(Arrays.asList(1e15, 1e16, 0.0001, 123456789.125, -2.5e-7, 0.0)));
    }

    @Test
    void nestedNullsAndKeys() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("previous", null);
        map.put(1, Arrays.asList("a", null));
        assertEquals("{\"previous\":null,\"1\":[\"a\",null]}", json(map));
    }

    @Test
    void datesAsJekyllPrintsThem() {
        assertEquals("\"2008-02-02 00:00:00 +0000\"", json(ZonedDateTime.of(2008, 2, 2, 0, 0, 0, 0, ZoneOffset.UTC)));
        assertEquals("\"2008-02-02 10:30:00 +0530\"",
                json(ZonedDateTime.of(2008, 2, 2, 10, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))));
        assertEquals("{\"date\":\"2008-02-02\"}", json(Map.of("date", LocalDate.of(2008, 2, 2))));
    }

    @Test
    void liquidObjectsUseTheirLiquidView() {
        LiquidSupport drop = () -> Map.of("name", "Jeremiah");
        assertEquals("[{\"name\":\"Jeremiah\"}]", json(List.of(drop)));
    }

    @Test
    void unknownObjectsAreWrittenAsText() {
        Object custom = new Object() {
            @Override
            public String toString() {
                return "custom";
            }
        };
        assertEquals("\"custom\"", json(custom));
    }
}
