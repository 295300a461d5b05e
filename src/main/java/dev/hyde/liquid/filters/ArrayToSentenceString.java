package dev.hyde.liquid.filters;

import java.time.ZoneId;
import java.util.List;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code array_to_sentence_string[: connector]}: {@code ["a", "b", "c"]} becomes {@code a, b, and c}. */
public final class ArrayToSentenceString extends Filter {

    public ArrayToSentenceString() {
        super("array_to_sentence_string");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        List<Object> items = LiquidData.elements(value);
        if (items == null) {
            return value;
        }
        ZoneId zone = context.getParser().defaultTimeZone;
        String connector = params.length > 0 ? RubyText.toS(params[0], zone) : "and";
        switch (items.size()) {
            case 0:
                return "";
            case 1:
                return RubyText.toS(items.get(0), zone);
            case 2:
                return RubyText.toS(items.get(0), zone) + " " + connector + " " + RubyText.toS(items.get(1), zone);
            default:
                StringBuilder out = new StringBuilder();
                for (Object item : items.subList(0, items.size() - 1)) {
                    out.append(RubyText.toS(item, zone)).append(", ");
                }
                return out.append(connector).append(' ').append(RubyText.toS(items.get(items.size() - 1), zone))
                        .toString();
        }
    }
}
