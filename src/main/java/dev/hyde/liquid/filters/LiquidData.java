package dev.hyde.liquid.filters;

import java.math.BigInteger;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import liqp.TemplateContext;
import liqp.parser.Inspectable;

/** Reads template data the way Jekyll's filters do: collections, hashes and item properties. */
final class LiquidData {

    private static final Pattern INTEGER_LIKE = Pattern.compile("\\s*-?\\d+\\s*");
    private static final Pattern FLOAT_LIKE = Pattern.compile("\\s*-?(?:\\d+\\.?\\d*|\\.\\d+)\\s*");

    private LiquidData() {
    }

    /** Objects exposed to templates through Liqp's {@link Inspectable} become plain maps. */
    static Object toLiquid(Object value, TemplateContext context) {
        if (value instanceof Inspectable) {
            return context.getParser().evaluate(value).toLiquid();
        }
        return value;
    }

    /** The elements of an array-like value, or {@code null} when it is not array-like. */
    static List<Object> elements(Object value) {
        if (value instanceof Collection) {
            return new ArrayList<>((Collection<?>) value);
        }
        if (value instanceof Object[]) {
            return new ArrayList<>(Arrays.asList((Object[]) value));
        }
        return null;
    }

    /** What Ruby's {@code select}/{@code find} iterate: array elements or, for a hash, its values. */
    static List<Object> valuesOf(Object value, TemplateContext context) {
        Object data = toLiquid(value, context);
        if (data instanceof Map) {
            return new ArrayList<>(((Map<?, ?>) data).values());
        }
        return elements(data);
    }

    /** What Ruby's {@code group_by}/{@code sort} iterate: array elements or, for a hash, [key, value] pairs. */
    static List<Object> entriesOf(Object value, TemplateContext context) {
        Object data = toLiquid(value, context);
        if (data instanceof Map) {
            List<Object> pairs = new ArrayList<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) data).entrySet()) {
                pairs.add(Arrays.asList(entry.getKey(), entry.getValue()));
            }
            return pairs;
        }
        return elements(data);
    }

    /**
     * Jekyll's {@code item_property}: reads a (dotted) property and turns numeric-looking text into
     * numbers, so that "10" sorts after "9".
     */
    static Object property(Object item, String property, TemplateContext context) {
        Object data = toLiquid(item, context);
        Object value;
        if (property.contains(".")) {
            value = data;
            for (String key : property.split("\\.", -1)) {
                value = lookup(toLiquid(value, context), key);
                if (value == null) {
                    break;
                }
            }
        } else {
            value = lookup(data, property);
        }
        return numeric(value, context.getParser().defaultTimeZone);
    }

    private static Object lookup(Object data, String key) {
        return data instanceof Map ? ((Map<?, ?>) data).get(key) : null;
    }

    /** Jekyll's {@code parse_sort_input}. */
    static Object numeric(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        String text = RubyText.toS(value, zone);
        if (INTEGER_LIKE.matcher(text).matches()) {
            BigInteger number = new BigInteger(text.trim());
            return number.bitLength() < 64 ? (Object) number.longValue() : number;
        }
        if (FLOAT_LIKE.matcher(text).matches()) {
            return Double.parseDouble(text.trim());
        }
        return value;
    }
}
