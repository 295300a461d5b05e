package dev.hyde.liquid.filters;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * {@code where: "property", value}: the items whose property matches the value, as Jekyll's
 * {@code where} selects them ({@link PropertySelection}, shared with {@link Find}). Liqp's own reads each item's
 * property as a number by trying to parse it and catching the failure: a site that filters a
 * collection inside a loop over its navigation threw close to a million exceptions per build.
 */
public final class Where extends Filter {

    public Where() {
        super("where");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        return PropertySelection.of(value, context, params, this::asString)
                .<Object>map(selection -> selection.items().stream().filter(selection.test()).toList())
                .orElse(value);
    }
}
