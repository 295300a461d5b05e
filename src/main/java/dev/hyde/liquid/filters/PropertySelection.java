package dev.hyde.liquid.filters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import liqp.TemplateContext;

/**
 * What {@code where} and {@code find} share, as Jekyll writes both: the items of a list (or the
 * values of a hash) and the test whether an item's property matches the value.
 *
 * @param items the items to test
 * @param test  whether an item's property matches the value, by {@link PropertyMatch}
 */
record PropertySelection(List<Object> items, Predicate<Object> test) {

    /**
     * Reads {@code input | filter: property, value}; empty when Jekyll gives the input back as it
     * is: no property, an array or a hash as the value, or an input that is no list.
     */
    static Optional<PropertySelection> of(Object input, TemplateContext context, Object[] params,
                                                    BiFunction<Object, TemplateContext, String> text) {
        if (params.length < 2 || params[0] == null || Boolean.FALSE.equals(params[0])) {
            return Optional.empty();
        }
        Object target = params[1];
        // Arrays and hashes as targets would compare against their inspect text; Jekyll refuses them.
        if (target instanceof Map || LiquidData.elements(target) != null) {
            return Optional.empty();
        }
        List<Object> items = LiquidData.valuesOf(input, context);
        if (items == null) {
            return Optional.empty();
        }
        String property = text.apply(params[0], context);
        return Optional.of(new PropertySelection(items, item -> PropertyMatch.matches(
                LiquidData.property(item, property, context), target, context.getParser().defaultTimeZone)));
    }
}
