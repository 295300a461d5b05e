package dev.hyde.liquid.filters;

import java.util.Optional;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code find: "property", value}: the first item whose property matches the value, else nil. */
public final class Find extends Filter {

    public Find() {
        super("find");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        Optional<PropertySelection> selection = PropertySelection.of(value, context, params, this::asString);
        if (selection.isEmpty()) {
            return value;
        }
        return selection.get().items().stream().filter(selection.get().test()).findFirst().orElse(null);
    }
}
