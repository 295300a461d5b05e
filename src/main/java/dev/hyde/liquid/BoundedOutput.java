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
        return new ObjectAppender.Controller() {
            /** The only piece so far: most blocks (a loop's body, a branch) render to one, which needs no copy. */
            private String first;
            private StringBuilder text;

            @Override
            public Object getResult() {
                return text != null ? text.toString() : first != null ? first : "";
            }

            @Override
            public void append(Object piece) {
                CharSequence chars = piece instanceof CharSequence cs ? cs : String.valueOf(piece);
                long before = text != null ? text.length() : first != null ? first.length() : 0;
                budget.checkSize(before + chars.length());
                budget.checkTime();
                if (text == null) {
                    if (first == null) {
                        first = chars.toString();
                        return;
                    }
                    text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, 2 * (before + chars.length()) + 16));
                    text.append(first);
                    first = null;
                }
                text.append(chars);
            }
        };
    }

    @Override
    public Object transformObject(TemplateContext context, Object object) {
        return String.valueOf(object);
    }
}
