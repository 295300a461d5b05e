package dev.hyde.liquid.filters;

import java.util.List;
import java.util.Map;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code find: "property", value}: the first item whose property matches the value, else nil. */
public final class Find extends Filter {

    public Find() {
        super("find");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (params.length < 2 || params[0] == null || Boolean.FALSE.equals(params[0])) {
            return value;
        }
        Object target = params[1];
        // Arrays and hashes as targets would compare against their inspect text; Jekyll refuses them.
        if (target instanceof Map || LiquidData.elements(target) != null) {
            return value;
        }
        List<Object> items = LiquidData.valuesOf(value, context);
        if (items == null) {
            return value;
        }
        String property = asString(params[0], context);
        for (Object item : items) {
            Object actual = LiquidData.property(item, property, context);
            if (PropertyMatch.matches(actual, target, context.getParser().defaultTimeZone)) {
                return item;
            }
        }
        return null;
    }
}
