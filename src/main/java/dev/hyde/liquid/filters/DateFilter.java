package dev.hyde.liquid.filters;

import java.time.ZonedDateTime;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Shared input handling of Jekyll's date filters: empty input is returned as is, anything else
 * is read as a time in the site's zone. Input that holds no date is returned unchanged.
 */
abstract class DateFilter extends Filter {

    DateFilter(String name) {
        super(name);
    }

    @Override
    public final Object apply(Object value, TemplateContext context, Object... params) {
        if (value == null || (value instanceof CharSequence && ((CharSequence) value).length() == 0)) {
            return value;
        }
        ZonedDateTime time = RubyTime.of(value, context);
        if (time == null) {
            return value;
        }
        return format(time, params);
    }

    abstract String format(ZonedDateTime time, Object... params);
}
