package dev.hyde.liquid.filters;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code slugify[: mode]}: see {@link Slugifier}. */
public final class Slugify extends Filter {

    public Slugify() {
        super("slugify");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (value == null) {
            return null;
        }
        String mode = params.length > 0 && params[0] != null ? asString(params[0], context) : null;
        return Slugifier.slugify(RubyText.toS(value, context.getParser().defaultTimeZone), mode, false);
    }
}
