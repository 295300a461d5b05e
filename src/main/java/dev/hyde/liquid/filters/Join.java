package dev.hyde.liquid.filters;

import liqp.TemplateContext;
import liqp.filters.Filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code join[: glue]} as Ruby's {@code Array#join} does it, which Liquid calls: nested arrays are
 * flattened first ({@code site.data.docs | map: 'docs' | join: ','} lists every document of every
 * section), and each element is its {@code to_s}.
 */
public final class Join extends Filter {

    public Join() {
        super("join");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (value == null) {
            return "";
        }
        String glue = params.length == 0 || params[0] == null ? " " : RubyText.toS(params[0], context.getParser().defaultTimeZone);
        List<Object> flat = new ArrayList<>();
        flatten(value, flat);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < flat.size(); i++) {
            if (i > 0) {
                out.append(glue);
            }
            out.append(RubyText.toS(flat.get(i), context.getParser().defaultTimeZone));
        }
        return out.toString();
    }

    private static void flatten(Object value, List<Object> into) {
        if (value instanceof Collection<?> items) {
            items.forEach(item -> flatten(item, into));
        } else if (value instanceof Object[] items) {
            for (Object item : items) {
                flatten(item, into);
            }
        } else {
            into.add(value);
        }
    }
}
