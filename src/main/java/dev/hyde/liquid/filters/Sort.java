package dev.hyde.liquid.filters;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * {@code sort[: "property"[, "first"|"last"]]}: Jekyll's sort, replacing Liqp's. Properties may be
 * dotted, numeric text sorts as numbers, and items lacking the property go first (or last).
 */
public final class Sort extends Filter {

    public Sort() {
        super("sort");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (value == null) {
            throw new IllegalArgumentException("Cannot sort a null object.");
        }
        List<Object> items = LiquidData.entriesOf(value, context);
        if (items == null) {
            return value;
        }
        ZoneId zone = context.getParser().defaultTimeZone;
        Object property = params.length > 0 ? params[0] : null;
        if (property == null) {
            items.sort((a, b) -> RubyCompare.compareOrText(a, b, zone));
            return items;
        }
        Object nils = params.length > 1 ? params[1] : "first";
        int order;
        if ("first".equals(nils)) {
            order = -1;
        } else if ("last".equals(nils)) {
            order = 1;
        } else {
            throw new IllegalArgumentException("Invalid nils order: '" + RubyText.toS(nils, zone)
                    + "' is not a valid nils order. It must be 'first' or 'last'.");
        }
        String name = asString(property, context);
        List<Keyed> keyed = new ArrayList<>(items.size());
        for (Object item : items) {
            keyed.add(new Keyed(LiquidData.property(item, name, context), item));
        }
        keyed.sort(byKey(order, zone));
        List<Object> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            sorted.add(k.item);
        }
        return sorted;
    }

    private static Comparator<Keyed> byKey(int order, ZoneId zone) {
        return (a, b) -> {
            if (a.key != null && b.key == null) {
                return -order;
            }
            if (a.key == null && b.key != null) {
                return order;
            }
            return RubyCompare.compareOrText(a.key, b.key, zone);
        };
    }

    /** An item with its sort key read once. */
    private static final class Keyed {
        final Object key;
        final Object item;

        Keyed(Object key, Object item) {
            this.key = key;
            this.item = item;
        }
    }
}
