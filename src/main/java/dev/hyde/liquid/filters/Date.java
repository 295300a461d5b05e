package dev.hyde.liquid.filters;

import liqp.TemplateContext;

import java.util.Locale;

/**
 * Liquid's {@code date} filter (Liqp names a filter after its class, hence the name), with
 * {@code 'now'} and {@code 'today'} meaning the build's time ({@code site.time}) rather than the
 * moment the filter runs: in Jekyll the two differ by the
 * seconds a build takes, and reading it from the site lets a reproducible build
 * ({@code SOURCE_DATE_EPOCH}) print the same year every time, and lets the build know the page
 * shows when it was built.
 */
public final class Date extends liqp.filters.Date {

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (value instanceof CharSequence text) {
            String word = text.toString().strip().toLowerCase(Locale.ROOT);
            if (word.equals("now") || word.equals("today")) {
                return super.apply(RubyTime.buildTime(context).<Object>map(time -> time).orElse(value), context, params);
            }
        }
        return super.apply(value, context, params);
    }
}
