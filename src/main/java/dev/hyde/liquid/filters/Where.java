package dev.hyde.liquid.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * {@code where: "property", value}: the items whose property matches the value, as Jekyll's
 * {@code where} selects them (the same test as {@link Find}). Liqp's own reads each item's
 * property as a number by trying to parse it and catching the failure: a site that filters a
 * collection inside a loop over its navigation threw close to a million exceptions per build.
 */
public final class Where extends Filter {

    public Where() {
        super("where");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (params.length < 2 || params[0] == null || Boolean.FALSE.equals(params[0])) {
            return value;
        }
        Object target = params[1];
        // Jekyll gives the input back unfiltered for an array or a hash as the value.
        if (target instanceof Map || LiquidData.elements(target) != null) {
            return value;
        }
        List<Object> items = LiquidData.valuesOf(value, context);
        if (items == null) {
            return value;
        }
        String property = asString(params[0], context);
        List<Object> selected = new ArrayList<>();
        for (Object item : items) {
            Object actual = LiquidData.property(item, property, context);
            if (PropertyMatch.matches(actual, target, context.getParser().defaultTimeZone)) {
                selected.add(item);
            }
        }
        return selected;
    }
}
