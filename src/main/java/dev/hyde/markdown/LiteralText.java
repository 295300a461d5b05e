package dev.hyde.markdown;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * A character the author escaped ({@code \"}, {@code \-}) or wrote as an entity
 * ({@code &quot;}), kept apart from the surrounding text.
 *
 * <p>commonmark turns both into plain text and merges it with its neighbours, after which the
 * typographer could no longer tell {@code \"} from {@code "}. Kramdown never curls or joins
 * such characters, and authors use them precisely to opt out of smart punctuation.
 */
final class LiteralText extends CustomNode {

    /** The characters that typography would otherwise rewrite. */
    private static final String GUARDED = "\"'-.<>";

    private static final Pattern ENTITY =
            Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(quot|apos|lt|gt|period));");

    private final String literal;

    LiteralText(String literal) {
        this.literal = literal;
    }

    String getLiteral() {
        return literal;
    }

    /** Claims escapes and entities of {@link #GUARDED} characters; leaves the rest to commonmark. */
    static final class ParserFactory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('\\', '&');
        }

        @Override
        public InlineContentParser create() {
            return ParserFactory::tryParse;
        }

        private static ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            if (scanner.peek() == '\\') {
                scanner.next();
                char escaped = scanner.peek();
                if (GUARDED.indexOf(escaped) < 0) {
                    return ParsedInline.none();
                }
                scanner.next();
                return ParsedInline.of(new LiteralText(String.valueOf(escaped)), scanner.position());
            }
            StringBuilder candidate = new StringBuilder();
            for (int i = 0; i < 12 && scanner.peek() != Scanner.END; i++) {
                char c = scanner.peek();
                candidate.append(c);
                scanner.next();
                if (c == ';') {
                    break;
                }
            }
            Matcher m = ENTITY.matcher(candidate);
            if (!m.matches()) {
                return ParsedInline.none();
            }
            String decoded = decode(m);
            if (decoded == null || decoded.length() != 1 || GUARDED.indexOf(decoded.charAt(0)) < 0) {
                return ParsedInline.none();
            }
            return ParsedInline.of(new LiteralText(decoded), scanner.position());
        }

        private static String decode(Matcher m) {
            if (m.group(3) != null) {
                return switch (m.group(3)) {
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    default -> ".";
                };
            }
            int codePoint = m.group(1) != null
                    ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
        }
    }

    static final class HtmlRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        HtmlRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(LiteralText.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().text(((LiteralText) node).getLiteral());
        }
    }
}
