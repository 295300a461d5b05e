package dev.hyde.liquid;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.filters.Filters;
import liqp.nodes.FilterNode;
import liqp.parser.v4.NodeVisitor;
import liquid.parser.v4.LiquidParser.FilterContext;
import liquid.parser.v4.LiquidParser.Param_exprContext;

/**
 * Builds Liqp's node tree with Liquid's own treatment of unknown filters: the value passes
 * through unchanged and a warning names the file and line. (Liqp refuses the whole template.)
 */
final class LenientNodeVisitor extends NodeVisitor {
    private final Filters filters;
    private final String file;
    private final int firstLine;
    private final Diagnostics warnings;

    LenientNodeVisitor(liqp.TemplateParser parser, String file, int firstLine, Diagnostics warnings) {
        super(parser.insertions, parser.filters, parser.liquidStyleInclude);
        this.filters = parser.filters;
        this.file = file;
        this.firstLine = firstLine;
        this.warnings = warnings;
    }

    @Override
    public FilterNode visitFilter(FilterContext ctx) {
        String name = ctx.Id().getText();
        Filter filter = filters.get(name);
        if (filter == null) {
            warnings.add(Diagnostic.warning("Unknown Liquid filter: " + name)
                    .at(file, firstLine + ctx.start.getLine() - 1, ctx.start.getCharPositionInLine() + 1)
                    .detail("'%s' is not a filter Hyde knows; the value is used unchanged, as Liquid does.", name)
                    .hint("Check the spelling; the README lists the filters Hyde provides.").build());
            filter = new PassThrough(name);
        }
        FilterNode node = new FilterNode(ctx, filter);
        if (ctx.params() != null) {
            for (Param_exprContext child : ctx.params().param_expr()) {
                node.add(visit(child));
            }
        }
        return node;
    }

    /** Returns its input: what Liquid does with a filter it does not know. */
    private static final class PassThrough extends Filter {
        PassThrough(String name) {
            super(name);
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            return value;
        }
    }
}
