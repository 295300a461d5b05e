package dev.hyde.liquid.filters;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import liqp.TemplateParser;
import liqp.parser.Flavor;

/** Renders templates through the Jekyll flavour with Hyde's filters registered. */
final class Templates {

    private final TemplateParser parser;

    private Templates(ZoneId zone, UnaryOperator<String> markdown) {
        this.parser = JekyllFilters.register(
                new TemplateParser.Builder().withFlavor(Flavor.JEKYLL).withDefaultTimeZone(zone), markdown).build();
    }

    static Templates utc() {
        return new Templates(ZoneOffset.UTC, text -> "<p>" + text + "</p>\n");
    }

    static Templates in(ZoneId zone) {
        return new Templates(zone, text -> "<p>" + text + "</p>\n");
    }

    static Templates withMarkdown(UnaryOperator<String> markdown) {
        return new Templates(ZoneOffset.UTC, markdown);
    }

    String render(String template) {
        return parser.parse(template).render();
    }

    String render(String template, Object... keyValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        return parser.parse(template).render(variables);
    }
}
