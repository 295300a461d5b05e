package dev.hyde.liquid.filters;

import java.util.List;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * {@code group_by: "property"}: groups items by the text of a (dotted) property; items without
 * it share the group named {@code ""}.
 */
public final class GroupBy extends Filter {

    public GroupBy() {
        super("group_by");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        List<Object> items = LiquidData.entriesOf(value, context);
        if (items == null) {
            return value;
        }
        String property = params.length > 0 ? RubyText.toS(params[0], context.getParser().defaultTimeZone) : "";
        Groups groups = new Groups();
        for (Object item : items) {
            Object key = LiquidData.property(item, property, context);
            groups.add(RubyText.toS(key, context.getParser().defaultTimeZone), item);
        }
        return groups.toList();
    }
}
