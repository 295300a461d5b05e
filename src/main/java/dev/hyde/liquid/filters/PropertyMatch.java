package dev.hyde.liquid.filters;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import liqp.nodes.AtomNode;

/**
 * Jekyll's {@code compare_property_vs_target}: a property matches a target when their texts are
 * equal; array properties match when any element does; nil matches nil, and {@code empty} or
 * {@code blank} match empty text, empty arrays and nil.
 */
final class PropertyMatch {

    private PropertyMatch() {
    }

    static boolean matches(Object property, Object target, ZoneId zone) {
        if (target == null) {
            return property == null;
        }
        if (AtomNode.isEmpty(target) || AtomNode.isBlank(target)) {
            return "".equals(property) || join(property, zone).isEmpty();
        }
        String text = RubyText.toS(target, zone);
        if (property instanceof CharSequence) {
            return text.equals(property.toString());
        }
        for (Object element : array(property)) {
            if (text.equals(RubyText.toS(element, zone))) {
                return true;
            }
        }
        return false;
    }

    /** Ruby's {@code Array(value)}. */
    private static Collection<?> array(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).entrySet().stream()
                    .map(e -> Arrays.asList(e.getKey(), e.getValue()))
                    .collect(Collectors.toList());
        }
        List<Object> elements = LiquidData.elements(value);
        return elements != null ? elements : List.of(value);
    }

    /** Ruby's {@code Array#join}, which flattens nested arrays. */
    private static String join(Object value, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        for (Object element : array(value)) {
            out.append(LiquidData.elements(element) != null ? join(element, zone) : RubyText.toS(element, zone));
        }
        return out.toString();
    }
}
