package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Kramdown's extension tags that pages use: {@code {::comment}...{:/comment}},
 * {@code {::nomarkdown}...{:/nomarkdown}} and {@code {::options ... /}}, as blocks (tags on lines
 * of their own) and inside text. The short stop tag {@code {:/}} closes any of them.
 *
 * <p>Output is kramdown's: a comment becomes an HTML comment, nomarkdown content is passed
 * through untouched (nothing if its {@code type} does not include {@code html}), options produce
 * nothing and are not applied. Other extension names, and tags without a stop tag, stay text as
 * in kramdown. As for kramdown, a block tag cannot interrupt a paragraph; there it is read as a
 * span tag.
 */
final class KramdownExtensions {

    private static final Set<String> NAMES = Set.of("comment", "nomarkdown", "options");

    /** kramdown's EXT_START_STR: name, optional attribute list, optional self-closing slash. */
    private static final String START = "\\{::(\\w+)(?:\\s((?:\\\\\\}|[^}])*?)|)(/)?\\}";

    private static final Pattern BLOCK_START = Pattern.compile(START + "\\s*");
    private static final Pattern SPAN_START = Pattern.compile(START);

    private KramdownExtensions() {
    }

    private static Pattern stopTag(String name) {
        return Pattern.compile("\\{:/(?:" + Pattern.quote(name) + ")?\\}");
    }

    /** What kramdown's HTML converter writes for an extension with a body; null for nothing. */
    private static String output(String name, String options, String body) {
        if (body == null) {
            return null;
        }
        if (name.equals("comment")) {
            return "<!-- " + body + " -->";
        }
        if (name.equals("nomarkdown")) {
            String type = options == null ? "" : AttributeList.parse(options).resolve(Map.of())
                    .getOrDefault("type", "").trim();
            return type.isEmpty() || List.of(type.split("\\s+")).contains("html") ? body : null;
        }
        return null;
    }

    /** A block extension; {@link #unterminatedSource} is set when its stop tag never came. */
    static final class ExtensionBlock extends CustomBlock {
        String html;
        String unterminatedSource;
        /** For {@code {::options ... /}}: the options it sets, as written; null for any other extension. */
        String options;
    }

    static final class BlockFactory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4 || !matched.getParagraphLines().isEmpty()) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
            Matcher m = BLOCK_START.matcher(rest);
            if (!m.matches() || !NAMES.contains(m.group(1))) {
                return BlockStart.none();
            }
            BlockParser parser = new BlockParser(m.group(1), m.group(2), m.group(3) != null, rest);
            return BlockStart.of(parser).atIndex(line.length());
        }
    }

    private static final class BlockParser extends AbstractBlockParser {
        private final ExtensionBlock block = new ExtensionBlock();
        private final String name;
        private final String options;
        private final boolean selfClosing;
        private final String startLine;
        private final Pattern stop;
        private final List<String> lines = new ArrayList<>();
        private boolean terminated;
        private boolean startLineSeen;

        BlockParser(String name, String options, boolean selfClosing, String startLine) {
            this.name = name;
            this.options = options;
            this.selfClosing = selfClosing;
            this.startLine = startLine;
            this.stop = Pattern.compile(stopTag(name).pattern() + "\\s*");
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (selfClosing) {
                return BlockContinue.none();
            }
            CharSequence line = state.getLine().getContent();
            if (state.getIndent() < 4
                    && stop.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length())).matches()) {
                terminated = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            // the first call brings the (empty) rest of the start tag's line
            if (startLineSeen) {
                lines.add(line.getContent().toString());
            }
            startLineSeen = true;
        }

        @Override
        public void closeBlock() {
            if (selfClosing || terminated) {
                block.html = output(name, options, selfClosing ? null : String.join("\n", lines));
                if (name.equals("options")) {
                    block.options = options == null ? "" : options;
                }
                return;
            }
            // the escaped brace keeps the tag line from being read as a tag again
            StringBuilder source = new StringBuilder("\\").append(startLine);
            for (String line : lines) {
                source.append('\n').append(line);
            }
            block.unterminatedSource = source.append('\n').toString();
        }
    }

    static final class InlineFactory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return InlineFactory::tryParse;
        }

        private static ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            Position start = scanner.position();
            if (!scanner.next("{::")) {
                return ParsedInline.none();
            }
            while (scanner.peek() != Scanner.END) {
                scanner.next();
            }
            String rest = scanner.getSource(start, scanner.position()).getContent();
            Matcher open = SPAN_START.matcher(rest);
            if (!open.lookingAt() || !NAMES.contains(open.group(1))) {
                return ParsedInline.none();
            }
            int end;
            String html;
            if (open.group(3) != null) {
                end = open.end();
                html = null;
            } else {
                Matcher close = stopTag(open.group(1)).matcher(rest);
                if (!close.find(open.end())) {
                    return ParsedInline.none();
                }
                end = close.end();
                html = output(open.group(1), open.group(2), rest.substring(open.end(), close.start()));
            }
            scanner.setPosition(start);
            for (int i = 0; i < end; i++) {
                scanner.next();
            }
            HtmlInline node = new HtmlInline();
            node.setLiteral(html == null ? "" : html);
            return ParsedInline.of(node, scanner.position());
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ExtensionBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof ExtensionBlock block && block.html != null) {
                html.line();
                html.raw(block.html);
                html.line();
            }
            // extensions without output write nothing
        }
    }
}
