package dev.hyde.liquid;

import dev.hyde.config.LiquidLimits;
import liqp.TemplateContext;
import liqp.nodes.LNode;

/**
 * A tag that knows its place in the source: it checks the render time as it starts and gives a
 * limit problem raised inside it (by itself or by tags it holds) its file and line.
 */
final class LimitedNode implements LNode {
    private final LNode tag;
    private final String file;
    private final int line;
    private final LiquidLimits limits;

    LimitedNode(LNode tag, String file, int line, LiquidLimits limits) {
        this.tag = tag;
        this.file = file;
        this.line = line;
        this.limits = limits;
    }

    @Override
    public Object render(TemplateContext context) {
        RenderBudget.of(context, limits).checkTime();
        try {
            return tag.render(context);
        } catch (RuntimeException e) {
            LimitExceeded limit = LimitExceeded.findIn(e, limits.maxIterations());
            if (limit == null) {
                throw e;
            }
            throw limit.at(file, line);
        }
    }
}
