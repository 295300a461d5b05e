package dev.hyde.liquid.filters;

import java.util.List;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code find_exp: "item", "condition"}: the first item for which a Liquid condition holds, else nil. */
public final class FindExp extends Filter {

    public FindExp() {
        super("find_exp");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        List<Object> items = LiquidData.valuesOf(value, context);
        if (items == null || params.length < 2) {
            return value;
        }
        LiquidCondition condition = new LiquidCondition(asString(params[0], context), asString(params[1], context), context);
        for (Object item : items) {
            if (condition.test(item, context)) {
                return item;
            }
        }
        return null;
    }
}
