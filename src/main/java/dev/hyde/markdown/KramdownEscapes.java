package dev.hyde.markdown;

import java.util.Set;

import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Backslash escapes as kramdown's GFM parser reads them, for Jekyll sites: only
 * {@code \ . * _ + ` < > ( ) [ ] { } # ! : | " ' $ = - ~} can be escaped. CommonMark escapes
 * every ASCII punctuation character, so {@code cares\@805d153} (as in release notes) lost its
 * backslash; kramdown keeps it.
 */
final class KramdownEscapes implements InlineContentParserFactory {

    /** ASCII punctuation that CommonMark escapes and kramdown does not. */
    private static final String NOT_ESCAPED = "%&,/;?@^";

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('\\');
    }

    @Override
    public InlineContentParser create() {
        return KramdownEscapes::tryParse;
    }

    private static ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next();
        char next = scanner.peek();
        if (NOT_ESCAPED.indexOf(next) < 0) {
            return ParsedInline.none();
        }
        // the backslash is text; the character after it is read as usual
        return ParsedInline.of(new Text("\\"), scanner.position());
    }
}
