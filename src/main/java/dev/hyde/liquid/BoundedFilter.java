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
    private final String file;
    private final int line;
    private final int column;

    /** @param file, line, column where the filter is written, for its diagnostics */
    BoundedFilter(Filter filter, LiquidLimits limits, String file, int line, int column) {
        super(filter.name);
        this.filter = filter;
        this.limits = limits;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        RenderBudget budget = RenderBudget.of(context, limits);
        budget.checkTime();
        budget.checkSize(expectedLength(value, params));
        budget.checkItems(expectedItems(value, params));
        Object result;
        if (RUBY_NUMBERS.contains(name)) {
            // Liquid's math filters read text as Ruby's to_number does: "<" is 0, "12px" is 12.
            Object[] numbers = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                numbers[i] = rubyNumber(params[i]);
            }
            value = rubyNumber(value);
            params = numbers;
        }
        try {
            result = filter instanceof dev.hyde.liquid.filters.PlacedFilter placed
                    ? placed.apply(value, context, file, line, column, params)
                    : filter.apply(value, context, params);
        } catch (NumberFormatException e) {
            throw notANumber(value, params);
        }
        if (result instanceof CharSequence text) {
            budget.checkSize(text.length());
        } else if (result instanceof Collection<?> items) {
            budget.checkItems(items.size());
        } else if (result instanceof Object[] items) {
            budget.checkItems(items.length);
        }
        return result;
    }

    /** The filters Liquid gives a number made with Utils.to_number, which never fails. */
    private static final java.util.Set<String> RUBY_NUMBERS = java.util.Set.of("plus", "minus", "times", "divided_by",
            "modulo", "abs", "ceil", "floor", "round", "at_least", "at_most");

    /** Ruby's to_number for text: a decimal as it is, anything else as to_i reads it (leading digits, else 0). */
    private static Object rubyNumber(Object value) {
        if (!(value instanceof CharSequence text)) {
            return value;
        }
        String s = text.toString().strip();
        if (s.matches("-?\\d+\\.\\d+")) {
            return s;
        }
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("^[+-]?\\d+").matcher(s.replace("_", ""));
        return digits.find() ? Long.parseLong(digits.group().replace("+", "")) : 0L;
    }

    /**
     * A number filter given text ({@code truncate: 'x'}): Java's "For input string" says nothing
     * of which filter or which value, so this names both.
     */
    private dev.hyde.diag.DiagnosticException notANumber(Object value, Object... params) {
        String culprit = null;
        for (Object param : params) {
            if (param instanceof CharSequence text && !isNumber(text.toString())) {
                culprit = "Its argument '" + text + "' is not a number.";
                break;
            }
        }
        if (culprit == null) {
            culprit = "Its input '" + value + "' is not a number.";
        }
        return dev.hyde.diag.Diagnostic.error("Liquid filter '" + name + "' needs a number")
                .at(file, line, column)
                .detail(culprit)
                .hint("Give '%s' a number, e.g. '| %s: 20', or a variable that holds one.", name, name)
                .exception();
    }

    private static boolean isNumber(String text) {
        try {
            new java.math.BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
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
