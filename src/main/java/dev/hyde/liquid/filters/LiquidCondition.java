package dev.hyde.liquid.filters;

import java.util.Collections;

import liqp.Template;
import liqp.TemplateContext;

/**
 * A Liquid condition such as {@code item.year > 2020 and item.draft != true}, tested per item the
 * way Jekyll's {@code where_exp} does: with the same semantics as an {@code if} tag, so a bare
 * {@code item.title} holds for every item whose title is neither nil nor false.
 */
final class LiquidCondition {

    private static final String HOLDS = "1";

    private final String variable;
    private final Template template;

    LiquidCondition(String variable, String expression, TemplateContext context) {
        this.variable = variable;
        this.template = context.getParser().parse("{% if " + expression + " %}" + HOLDS + "{% endif %}");
    }

    boolean test(Object item, TemplateContext context) {
        String result = template.renderUnguarded(Collections.singletonMap(variable, item), context, false);
        return HOLDS.equals(result);
    }
}
