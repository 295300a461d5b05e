package dev.hyde.liquid;

import dev.hyde.config.LiquidLimits;
import liqp.TemplateContext;
import liqp.filters.Filter;

import java.util.Collection;

/**
 * A filter whose string result counts against the page's output limit. For the filters that can
 * build a string many times larger than their input ({@code append}, {@code prepend},
 * {@code replace}, {@code join}) the size is worked out before the string is built, so a value that
 * doubles in a loop is stopped before it takes the memory. Arrays are bounded the same way
 * ({@code split}, {@code concat}).
 */
final class BoundedFilter extends Filter {
    private final Filter filter;
    private final LiquidLimits limits;

    BoundedFilter(Filter filter, LiquidLimits limits) {
        super(filter.name);
        this.filter = filter;
        this.limits = limits;
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        RenderBudget budget = RenderBudget.of(context, limits);
        budget.checkTime();
        budget.checkSize(expectedLength(value, params));
        budget.checkItems(expectedItems(value, params));
        Object result = filter.apply(value, context, params);
        if (result instanceof CharSequence text) {
            budget.checkSize(text.length());
        } else if (result instanceof Collection<?> items) {
            budget.checkItems(items.size());
        } else if (result instanceof Object[] items) {
            budget.checkItems(items.length);
        }
        return result;
    }

    /** The number of items of the array the filter will make, where it can exceed its input's; 0 otherwise. */
    private long expectedItems(Object value, Object... params) {
        return switch (name) {
            case "split" -> splitItems(String.valueOf(value), String.valueOf(param(params, 0)));
            case "concat" -> items(value) + items(param(params, 0));
            default -> 0;
        };
    }

    private static long splitItems(String text, String separator) {
        return separator.isEmpty() ? text.length() : occurrences(text, separator) + 1;
    }

    private static long items(Object value) {
        return value instanceof Collection<?> c ? c.size() : value instanceof Object[] a ? a.length : 1;
    }

    /** How often {@code target} occurs in {@code text}; every character counts for an empty target. */
    private static long occurrences(String text, String target) {
        if (target.isEmpty()) {
            return text.length();
        }
        long count = 0;
        for (int at = text.indexOf(target); at >= 0; at = text.indexOf(target, at + target.length())) {
            count++;
        }
        return count;
    }

    /** The length the result will have, where it can grow beyond its input's; 0 otherwise. */
    private long expectedLength(Object value, Object... params) {
        return switch (name) {
            case "append", "prepend" -> length(value) + length(param(params, 0));
            case "replace" -> replacedLength(String.valueOf(value), String.valueOf(param(params, 0)),
                    String.valueOf(param(params, 1)));
            case "join" -> joinedLength(value, params.length > 0 ? String.valueOf(params[0]) : " ");
            default -> 0;
        };
    }

    private static Object param(Object[] params, int index) {
        return index < params.length && params[index] != null ? params[index] : "";
    }

    private static long length(Object value) {
        return value == null ? 0 : value instanceof CharSequence text ? text.length() : String.valueOf(value).length();
    }

    private static long replacedLength(String text, String target, String replacement) {
        if (target.isEmpty() || replacement.length() <= target.length()) {
            return text.length() + (target.isEmpty() ? (long) (text.length() + 1) * replacement.length() : 0);
        }
        return text.length() + occurrences(text, target) * (replacement.length() - target.length());
    }

    private static long joinedLength(Object value, String separator) {
        Iterable<?> items;
        if (value instanceof Collection<?> collection) {
            items = collection;
        } else if (value instanceof Object[] array) {
            items = java.util.Arrays.asList(array);
        } else {
            return 0;
        }
        long total = 0;
        long count = 0;
        for (Object item : items) {
            total += length(item);
            count++;
        }
        return total + Math.max(0, count - 1) * separator.length();
    }
}
