package dev.hyde.liquid;

import dev.hyde.config.LiquidLimits;
import liqp.RenderTransformer;
import liqp.TemplateContext;

/**
 * Joins what the nodes of a block render, checking the page's budget at every piece. Liqp's own
 * check runs on the second piece and at the end only, so a long loop could build a huge string first.
 */
final class BoundedOutput implements RenderTransformer {
    private final LiquidLimits limits;

    BoundedOutput(LiquidLimits limits) {
        this.limits = limits;
    }

    @Override
    public ObjectAppender.Controller newObjectAppender(TemplateContext context, int estimatedNumberOfAppends) {
        RenderBudget budget = RenderBudget.of(context, limits);
        StringBuilder text = new StringBuilder();
        return new ObjectAppender.Controller() {
            @Override
            public Object getResult() {
                return text.toString();
            }

            @Override
            public void append(Object piece) {
                CharSequence chars = piece instanceof CharSequence cs ? cs : String.valueOf(piece);
                budget.checkSize((long) text.length() + chars.length());
                budget.checkTime();
                text.append(chars);
            }
        };
    }

    @Override
    public Object transformObject(TemplateContext context, Object object) {
        return String.valueOf(object);
    }
}
