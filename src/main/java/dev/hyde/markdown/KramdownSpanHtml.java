package dev.hyde.markdown;

import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * commonmark's HTML block factory (whose core registration {@link KramdownLists#BLOCK_TYPES}
 * leaves out), not asked about a line that is one tag of a span-level element: CommonMark starts
 * an HTML block there (its type 7), which runs to the next blank line and takes a heading right
 * under it ({@code <a name="setup"></a>} then {@code ## Setup}); kramdown reads the line as the
 * start of a paragraph, which the heading then ends. Block-level tags, comments, processing
 * instructions and declarations still start HTML blocks.
 */
final class KramdownSpanHtml extends AbstractBlockParserFactory {
    /** CommonMark's HTML block types 1 and 6: the tag names that start a block in both readings. */
    private static final Set<String> BLOCK_NAMES = Set.of("script", "pre", "style", "textarea", "address",
            "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe",
            "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p",
            "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
            "track", "ul");
    private static final Pattern TAG = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");

    private final org.commonmark.internal.HtmlBlockParser.Factory html = new org.commonmark.internal.HtmlBlockParser.Factory();

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        if (state.getIndent() < 4) {
            CharSequence line = state.getLine().getContent();
            Matcher tag = TAG.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
            if (tag.find() && !BLOCK_NAMES.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
                return BlockStart.none();
            }
        }
        return html.tryStart(state, matchedBlockParser);
    }
}
