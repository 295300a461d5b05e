package dev.hyde.liquid.filters;

import java.util.List;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code group_by_exp: "item", "item.date | date: '%Y'"}: groups items by the value of an expression. */
public final class GroupByExp extends Filter {

    public GroupByExp() {
        super("group_by_exp");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        List<Object> items = LiquidData.entriesOf(value, context);
        if (items == null || params.length < 2) {
            return value;
        }
        LiquidExpression expression = new LiquidExpression(asString(params[0], context), asString(params[1], context), context);
        Groups groups = new Groups();
        for (Object item : items) {
            groups.add(expression.evaluate(item, context), item);
        }
        return groups.toList();
    }
}
