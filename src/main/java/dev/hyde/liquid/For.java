package dev.hyde.liquid;

import liqp.TemplateContext;
import liqp.nodes.LNode;

import java.util.List;

/**
 * The {@code for} tag, looping as Jekyll's Liquid does: over a list, a map, a range or a
 * non-blank string, and not at all over {@code true}, {@code false} or a number, where Liqp would
 * loop once with the value itself. A theme's {@code {% for c in site.github.contributors %}}
 * writes nothing when the site is built without GitHub's API ({@code contributors} is
 * {@code false}), instead of one empty contributor. (Liqp names a tag by its class, hence the name.)
 */
final class For extends liqp.blocks.For {

    /** Where Liqp's {@code for} puts the collection of {@code for x in collection}. */
    private static final int COLLECTION = 2;

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        if (!Boolean.TRUE.equals(nodes[0].render(context))) {
            return super.render(context, nodes); // a range: (1..n)
        }
        Object collection = nodes[COLLECTION].render(context);
        Object looped = collection instanceof Boolean || collection instanceof Number ? List.of() : collection;
        LNode[] evaluated = nodes.clone();
        // evaluated once, as written: the loop reads this value instead of the expression again
        evaluated[COLLECTION] = ignored -> looped;
        return super.render(context, evaluated);
    }
}
