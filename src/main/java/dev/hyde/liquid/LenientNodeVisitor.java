package dev.hyde.liquid;

import dev.hyde.config.LiquidOptions;
import dev.hyde.config.LiquidOptions.ErrorMode;
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
import liqp.exceptions.LiquidException;
import liqp.nodes.KeyValueNode;
import liqp.nodes.LookupNode;
import liqp.nodes.OutputNode;
import liqp.parser.v4.NodeVisitor;
import liqp.org.antlr.v4.runtime.ParserRuleContext;
import liqp.org.antlr.v4.runtime.Token;
import liquid.parser.v4.LiquidParser.IndexContext;
import liquid.parser.v4.LiquidParser.Include_relative_tagContext;
import liquid.parser.v4.LiquidParser.Include_tagContext;
import liquid.parser.v4.LiquidParser.Lookup_id_indexesContext;
import liquid.parser.v4.LiquidParser.OutputContext;
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

import java.util.ArrayList;
import java.util.List;

/**
 * Builds Liqp's node tree with Liquid's own treatment of unknown filters: the value passes
 * through unchanged and a warning names the file and line. (Liqp refuses the whole template.)
 * Tags and filters are bounded by the page's {@link LiquidLimits}, and tags know their line so a
 * limit problem points at the tag responsible. Jekyll's include markup is read by Jekyll's rules
 * ({@link JekyllInclude}), and the site's {@link LiquidOptions} decide on undefined variables and
 * filters and on output with text after its value.
 */
final class LenientNodeVisitor extends NodeVisitor {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\w+");
    private final liqp.TemplateParser parser;
    private final Filters filters;
    private final String file;
    private final Diagnostics warnings;
    private final LiquidLimits limits;
    private final Insertions insertions;
    private final JekyllTagMarkup tagMarkup;
    private final java.util.Set<String> extensionTags;
    private final LiquidOptions options;
    private final LiquidSyntax syntax;
    private final String original;
    private final SourcePlaces places;
    /** While an include's name or parameter is read from its own text: the include tag's place. */
    private SourcePlaces.Place inInclude;
    /** The text token offsets refer to: the template, or an include's name while it is read. */
    private String current;

    /**
     * @param original the template as it was before {@link LaxMarkup} blanked include markup:
     *                 the include tags are read from it
     * @param places   turns template offsets into the file's lines and columns
     * @param tagMarkup the markup of tags Liqp cannot lex as written (highlight, extension tags)
     * @param extensionTags the tags handed their markup as written
     */
    LenientNodeVisitor(liqp.TemplateParser parser, String file, Diagnostics warnings,
                       LiquidLimits limits, LiquidOptions options, LiquidSyntax syntax, String original,
                       SourcePlaces places, JekyllTagMarkup tagMarkup, java.util.Set<String> extensionTags) {
        super(parser.insertions, parser.filters, parser.liquidStyleInclude);
        this.parser = parser;
        this.filters = parser.filters;
        this.file = file;
        this.warnings = warnings;
        this.limits = limits;
        this.options = options;
        this.syntax = syntax;
        this.original = original;
        this.current = original;
        this.places = places;
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
    public LNode visitInclude_tag(Include_tagContext ctx) {
        LNode include = include("include", ctx.TagStart().getSymbol(), ctx.jekyll, ctx.TagEnd().getSymbol());
        return tagMarkup.isCachedInclude(ctx.start.getStartIndex()) ? IncludeTag.cached(include) : include;
    }

    @Override
    public LNode visitInclude_relative_tag(Include_relative_tagContext ctx) {
        return include("include_relative", ctx.TagStart().getSymbol(), ctx.IncludeRelative().getSymbol(),
                ctx.TagEnd().getSymbol());
    }

    /** An include tag, its markup read from the original text by Jekyll's rules. */
    private LNode include(String tag, Token start, Token keyword, Token end) {
        SourcePlaces.Place at = places.at(start.getStartIndex() + Math.max(0, start.getText().indexOf("{%")));
        String markup = original.substring(keyword.getStopIndex() + 1, end.getStartIndex());
        JekyllInclude.Result read = JekyllInclude.read(markup);
        if (read.include().isEmpty()) {
            throw Diagnostic.error("Invalid include parameters").at(file, at.line(), at.column())
                    .detail("Jekyll's %s cannot read the parameters: %s", tag, read.invalidParams().strip())
                    .hint("Write each parameter as key=\"text\", key='text' or key=variable, separated by spaces; "
                            + "escape a quote inside a string as \\\". A {{ }} in a parameter makes Jekyll read "
                            + "everything up to it as the file name.")
                    .exception();
        }
        JekyllInclude include = read.include().get();
        List<LNode> nodes = new ArrayList<>();
        nodes.add(new AtomNode(new IncludeTag.Call(at.line(), at.column(), include.params() != null,
                include.template() ? include.file() : "")));
        nodes.add(include.template() ? fragment(include.file(), at) : new AtomNode(include.file()));
        for (JekyllInclude.Param param : include.params() == null ? List.<JekyllInclude.Param>of() : include.params()) {
            nodes.add(new KeyValueNode(param.key(), param.text() != null ? new AtomNode(param.text())
                    : value(param.variable(), at)));
        }
        return new InsertionNode(parser.insertions.get(tag), nodes);
    }

    /** Where a token stands in the file; inside an include's name or parameter, the include tag. */
    private SourcePlaces.Place place(Token token) {
        return inInclude != null ? inInclude : places.at(token.getStartIndex());
    }

    /** An include's file name with Liquid in it, rendered as its own small template, as Jekyll does. */
    private LNode fragment(String text, SourcePlaces.Place at) {
        inInclude = at;
        current = text;
        try {
            return visit(syntax.template(text));
        } catch (LiquidException e) {
            throw Diagnostic.error("Liquid syntax error in an include name").at(file, at.line(), at.column())
                    .detail("%s: %s", text, LiquidMessages.clean(e.getMessage()))
                    .hint("Write the name as text with {{ variable }} where it varies, e.g. "
                            + "{% include custom/{{ page.kind }}.html %}.")
                    .exception();
        } finally {
            inInclude = null;
            current = original;
        }
    }

    private LNode value(String variable, SourcePlaces.Place at) {
        inInclude = at;
        current = variable;
        try {
            return visit(syntax.term(variable));
        } catch (LiquidException e) {
            throw Diagnostic.error("Invalid include parameter").at(file, at.line(), at.column())
                    .detail("'%s' is not a variable or value: %s", variable, LiquidMessages.clean(e.getMessage()))
                    .hint("Quote text (key=\"text\"), or name a variable such as page.title.").exception();
        } finally {
            inInclude = null;
            current = original;
        }
    }

    /**
     * The filters Liquid's lax parser finds in text after an output's value: from the first
     * {@code |}, each piece between pipes is a filter named by its first word, with the arguments
     * after a {@code :} right behind the name; pieces without a word are skipped. The rest of the
     * text becomes spaces, so the filters keep their places in the file. When what is left is not
     * filters Liqp can read, none are applied.
     */
    private List<FilterNode> laxFilters(String rest, int restStart) {
        List<Integer> pipes = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '|') {
                pipes.add(i);
            }
        }
        if (pipes.isEmpty()) {
            return List.of();
        }
        char[] kept = new char[restStart + rest.length()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = current.charAt(i) == '\n' ? '\n' : ' ';
        }
        for (int k = 0; k < pipes.size(); k++) {
            int from = pipes.get(k) + 1;
            int to = k + 1 < pipes.size() ? pipes.get(k + 1) : rest.length();
            java.util.regex.Matcher word = WORD.matcher(rest).region(from, to);
            if (!word.find()) {
                continue;
            }
            int end = word.end();
            int next = end;
            while (next < to && Character.isWhitespace(rest.charAt(next))) {
                next++;
            }
            if (next < to && rest.charAt(next) == ':') {
                end = to;
            }
            kept[restStart + pipes.get(k)] = '|';
            for (int i = word.start(); i < end; i++) {
                kept[restStart + i] = rest.charAt(i);
            }
        }
        try {
            List<FilterNode> filters = new ArrayList<>();
            for (FilterContext filter : syntax.filters(new String(kept))) {
                filters.add(visitFilter(filter));
            }
            return filters;
        } catch (LiquidException e) {
            return List.of();
        }
    }

    @Override
    public LookupNode visitLookup_id_indexes(Lookup_id_indexesContext ctx) {
        if (!options.strictVariables()) {
            return super.visitLookup_id_indexes(ctx);
        }
        List<String> path = new ArrayList<>();
        path.add(ctx.id().getText());
        boolean plain = true;
        for (IndexContext index : ctx.index()) {
            plain &= index.Dot() != null;
            if (plain) {
                path.add(index.id2().getText());
            }
        }
        SourcePlaces.Place at = place(ctx.start);
        StrictLookup node = new StrictLookup(path, file, at.line(), at.column());
        for (IndexContext index : ctx.index()) {
            if (index.Dot() != null) {
                node.add(new LookupNode.Hash(index.id2().getText()));
            } else {
                node.add(new LookupNode.Index(visit(index.expr()), index.expr().getText()));
            }
        }
        return node;
    }

    /**
     * An output with text after its value ({@code {{ page.x page.y }}}): Liquid's lax parser
     * renders the value and drops the rest, its strict parser refuses it.
     */
    @Override
    public LNode visitOutput(OutputContext ctx) {
        LNode node = super.visitOutput(ctx);
        if (ctx.unparsed == null) {
            return node;
        }
        int restStart = ctx.unparsed.start.getStartIndex();
        String rest = current.substring(restStart, ctx.unparsed.stop.getStopIndex() + 1);
        if (node instanceof OutputNode output) {
            laxFilters(rest, restStart).forEach(output::addFilter);
        }
        if (options.errorMode() != ErrorMode.LAX) {
            SourcePlaces.Place at = place(ctx.unparsed.start);
            Diagnostic.Builder problem = (options.errorMode() == ErrorMode.STRICT
                    ? Diagnostic.error("Unexpected text in Liquid output")
                    : Diagnostic.warning("Unexpected text in Liquid output"))
                    .at(file, at.line(), at.column())
                    .detail("'%s' follows the value; Liquid's lax parser drops it (but for filters after a '|'), "
                            + "its strict parser refuses it.", rest)
                    .hint("Put one value in {{ }}, with filters after '|'; use a second {{ }} for a second value.");
            if (options.errorMode() == ErrorMode.STRICT) {
                throw problem.exception();
            }
            warnings.add(problem.build());
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
        HighlightBlock.Options options = HighlightBlock.options(markup, file, place(ctx.start).line(), warnings);
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

    private LNode located(LNode tag, ParserRuleContext ctx) {
        return new LimitedNode(tag, file, place(ctx.start).line(), limits);
    }

    @Override
    public FilterNode visitFilter(FilterContext ctx) {
        String name = ctx.Id().getText();
        Filter filter = filters.get(name);
        if (filter == null && options.strictFilters()) {
            filter = new Undefined(name, file, place(ctx.start).line(), place(ctx.start).column());
        } else if (filter == null) {
            warnings.add(Diagnostic.warning("Unknown Liquid filter: " + name)
                    .at(file, place(ctx.start).line(), place(ctx.start).column())
                    .detail("'%s' is not a filter Hyde knows; the value is used unchanged, as Liquid does.", name)
                    .hint(UnknownFilterHint.TEXT).build());
            filter = new PassThrough(name);
        }
        FilterNode node = new FilterNode(ctx, new BoundedFilter(filter, limits, file,
                place(ctx.start).line(), place(ctx.start).column()));
        if (ctx.params() != null) {
            for (Param_exprContext child : ctx.params().param_expr()) {
                node.add(visit(child));
            }
        }
        return node;
    }

    /** A filter that does not exist, with {@code strict_filters}: an error where it is used, as in Jekyll. */
    private static final class Undefined extends Filter {
        private final String file;
        private final int line;
        private final int column;

        Undefined(String name, String file, int line, int column) {
            super(name);
            this.file = file;
            this.line = line;
            this.column = column;
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            throw Diagnostic.error("Unknown Liquid filter: " + name).at(file, line, column)
                    .detail("'%s' is not a filter Hyde knows; with liquid: strict_filters an unknown filter is an "
                            + "error, as in Jekyll.", name)
                    .hint(UnknownFilterHint.TEXT).exception();
        }
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
