package dev.hyde.liquid.filters;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * A filter that is told where it is written, so that what it reports of its own work (a
 * stylesheet that does not compile) points at that place.
 */
public abstract class PlacedFilter extends Filter {

    protected PlacedFilter(String name) {
        super(name);
    }

    /**
     * @param file   the file the filter is written in, relative to the project
     * @param line   its line there, 1-based
     * @param column its column, 1-based
     */
    public abstract Object apply(Object value, TemplateContext context, String file, int line, int column,
                                 Object... params);

    /** Called without its place (not from a parsed template): problems name no file. */
    @Override
    public final Object apply(Object value, TemplateContext context, Object... params) {
        return apply(value, context, "", 0, 0, params);
    }
}
