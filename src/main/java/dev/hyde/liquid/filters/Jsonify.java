package dev.hyde.liquid.filters;

import com.fasterxml.jackson.core.JsonProcessingException;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code jsonify}: the input as compact JSON, dates and numbers written as Jekyll writes them. */
public final class Jsonify extends Filter {

    public Jsonify() {
        super("jsonify");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        try {
            return RubyJson.write(value, context);
        } catch (JsonProcessingException e) {
            context.addError(e);
            return value;
        }
    }
}
