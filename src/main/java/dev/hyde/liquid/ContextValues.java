package dev.hyde.liquid;

import liqp.TemplateContext;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values in scope where a tag is rendered, read the way tags written in Ruby read them: a dotted
 * name through maps ({@code page.title}), {@code {{ name }}} in a tag's markup replaced by its
 * value, and the loose views of what a value is.
 */
final class ContextValues {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}");

    private ContextValues() {
    }

    /** A dotted name's value, or null: {@code site.data.team.lead}, a loop variable. */
    static Object lookup(TemplateContext context, String dotted) {
        String[] parts = dotted.split("\\.");
        Object value = context.get(parts[0]);
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        return value;
    }

    /** The markup with each {@code {{ name }}} replaced by the name's value (nothing for none). */
    static String interpolate(String markup, TemplateContext context) {
        Matcher m = VARIABLE.matcher(markup);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(text(lookup(context, m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
