package dev.hyde.liquid.filters;

import java.util.ArrayList;
import java.util.List;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * {@code where_exp: "item", "condition"}: the items for which a Liquid condition holds. Replaces
 * Liqp's version, which keeps only items whose condition renders as {@code true} and so drops
 * items for a bare truthy expression such as {@code "item.title"}.
 */
public final class WhereExp extends Filter {

    public WhereExp() {
        super("where_exp");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        List<Object> items = LiquidData.valuesOf(value, context);
        if (items == null || params.length < 2) {
            return value;
        }
        LiquidCondition condition = new LiquidCondition(asString(params[0], context), asString(params[1], context), context);
        List<Object> selected = new ArrayList<>();
        for (Object item : items) {
            if (condition.test(item, context)) {
                selected.add(item);
            }
        }
        return selected;
    }
}
