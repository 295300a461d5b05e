package dev.hyde.liquid;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.filters.Filters;
import liqp.nodes.FilterNode;
import dev.hyde.config.LiquidLimits;
import liqp.Insertions;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.InsertionNode;
import liqp.nodes.LNode;
import liquid.parser.v4.LiquidParser.AtomContext;
import liqp.parser.v4.NodeVisitor;
import liqp.org.antlr.v4.runtime.ParserRuleContext;
import liquid.parser.v4.LiquidParser.AssignmentContext;
import liquid.parser.v4.LiquidParser.Capture_tag_IdContext;
import liquid.parser.v4.LiquidParser.Capture_tag_StrContext;
import liquid.parser.v4.LiquidParser.FilterContext;
import liquid.parser.v4.LiquidParser.For_arrayContext;
import liquid.parser.v4.LiquidParser.For_attributeContext;
import liquid.parser.v4.LiquidParser.For_rangeContext;
import liquid.parser.v4.LiquidParser.Include_tagContext;
import liquid.parser.v4.LiquidParser.Other_tagContext;
import liquid.parser.v4.LiquidParser.Param_exprContext;

/**
 * Builds Liqp's node tree with Liquid's own treatment of unknown filters: the value passes
 * through unchanged and a warning names the file and line. (Liqp refuses the whole template.)
 * Tags and filters are bounded by the page's {@link LiquidLimits}, and tags know their line so a
 * limit problem points at the tag responsible.
 */
final class LenientNodeVisitor extends NodeVisitor {
    private final Filters filters;
    private final String file;
    private final int firstLine;
    private final Diagnostics warnings;
    private final LiquidLimits limits;
    private final Insertions insertions;
    private final JekyllTagMarkup tagMarkup;
    private final java.util.Set<String> extensionTags;

    LenientNodeVisitor(liqp.TemplateParser parser, String file, int firstLine, Diagnostics warnings,
                       LiquidLimits limits, JekyllTagMarkup tagMarkup, java.util.Set<String> extensionTags) {
        super(parser.insertions, parser.filters, parser.liquidStyleInclude);
        this.filters = parser.filters;
        this.file = file;
        this.firstLine = firstLine;
        this.warnings = warnings;
        this.limits = limits;
        this.insertions = parser.insertions;
        this.tagMarkup = tagMarkup;
        this.extensionTags = extensionTags;
    }

    /** Whether the template's own block was made yet: the first block visited is the root. */
    private boolean rootMade;

    @Override
    public BlockNode visitBlock(liquid.parser.v4.LiquidParser.BlockContext ctx) {
        OutputKeepingBlock node = new OutputKeepingBlock(!rootMade);
        rootMade = true;
        for (AtomContext child : ctx.atom()) {
            node.add(visit(child));
        }
        return node;
    }

    @Override
    public LNode visitFor_array(For_arrayContext ctx) {
        return located(super.visitFor_array(ctx), ctx);
    }

    @Override
    public LNode visitFor_range(For_rangeContext ctx) {
        return located(super.visitFor_range(ctx), ctx);
    }

    @Override
    public LNode visitFor_attribute(For_attributeContext ctx) {
        return located(super.visitFor_attribute(ctx), ctx);
    }

    @Override
    public LNode visitAssignment(AssignmentContext ctx) {
        return located(super.visitAssignment(ctx), ctx);
    }

    @Override
    public LNode visitCapture_tag_Id(Capture_tag_IdContext ctx) {
        return located(super.visitCapture_tag_Id(ctx), ctx);
    }

    @Override
    public LNode visitCapture_tag_Str(Capture_tag_StrContext ctx) {
        return located(super.visitCapture_tag_Str(ctx), ctx);
    }

    @Override
    public LNode visitOther_tag(Other_tagContext ctx) {
        if (ctx.BlockId() != null && ctx.BlockId().getText().equals(HighlightBlock.NAME)) {
            return located(highlight(ctx), ctx);
        }
        return located(super.visitOther_tag(ctx), ctx);
    }

    /**
     * Liqp gives a block its markup without the white space ({@code ruby linenos} arrives as
     * {@code rubylinenos}), if it lexes at all; the highlight tag gets its markup as written from
     * {@link JekyllTagMarkup}, parsed now, when Jekyll checks it too.
     */
    private LNode highlight(Other_tagContext ctx) {
        String markup = "";
        if (ctx.other_tag_parameters() != null) {
            markup = tagMarkup.markup(ctx.other_tag_parameters().getText());
        }
        HighlightBlock.Options options = HighlightBlock.options(markup, file, firstLine + ctx.start.getLine() - 1, warnings);
        BlockNode body = new BlockNode(false);
        for (AtomContext atom : ctx.atom()) {
            body.add(visit(atom));
        }
        return new InsertionNode(insertions.get(HighlightBlock.NAME), new AtomNode(options), body);
    }

    /** An extension's tag gets its markup as written (Liqp would hand it over without white space). */
    @Override
    public LNode visitSimple_tag(liquid.parser.v4.LiquidParser.Simple_tagContext ctx) {
        String name = ctx.SimpleTagId().getText();
        if (extensionTags.contains(name)) {
            String markup = ctx.other_tag_parameters() == null ? "" : tagMarkup.markup(ctx.other_tag_parameters().getText());
            return located(new InsertionNode(insertions.get(name), new AtomNode(markup.strip())), ctx);
        }
        return super.visitSimple_tag(ctx);
    }

    @Override
    public LNode visitInclude_tag(Include_tagContext ctx) {
        LNode include = super.visitInclude_tag(ctx);
        return tagMarkup.isCachedInclude(ctx.start.getStartIndex()) ? IncludeTag.cached(include) : include;
    }

    private LNode located(LNode tag, ParserRuleContext ctx) {
        return new LimitedNode(tag, file, firstLine + ctx.start.getLine() - 1, limits);
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
        FilterNode node = new FilterNode(ctx, new BoundedFilter(filter, limits, file,
                firstLine + ctx.start.getLine() - 1, ctx.start.getCharPositionInLine() + 1));
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
