package dev.hyde.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Heading ids as kramdown's GFM parser makes them ({@code generate_gfm_header_id}), so that
 * links to {@code page.html#some-heading} written for the Jekyll site keep working.
 *
 * <p>commonmark's heading-anchor extension is close but not equal: it calls an empty id "id"
 * and reads the text before typography. Kramdown reads the heading's text with smart quotes and
 * dashes already substituted (so they vanish with the other punctuation), keeps only word
 * characters, hyphens, spaces and tabs, maps each space or tab to one hyphen without collapsing,
 * and numbers repeats -1, -2... per page. An id that comes out empty is left off the element
 * but still counted, as kramdown does.
 *
 * <p>One instance per rendered page: it holds that page's repeat counter.
 */
final class KramdownHeadingIds implements AttributeProvider {

    /** Ruby's {@code [^\p{Word}\- \t]}; Java's Unicode {@code \w} is the same class. */
    private static final Pattern NON_WORD =
            Pattern.compile("[^\\w\\- \\t]", Pattern.UNICODE_CHARACTER_CLASS);

    private final Map<String, Integer> seen = new HashMap<>();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof Heading) || attributes.containsKey("id")) {
            return;
        }
        String id = slug(rawText(node));
        int repeat = seen.merge(id, 0, (previous, ignored) -> previous + 1);
        if (repeat > 0) {
            id = id + "-" + repeat;
        }
        if (!id.isEmpty()) {
            attributes.put("id", id);
        }
    }

    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String words = keepsAll(lower) ? lower : NON_WORD.matcher(lower).replaceAll("");
        return words.replace(' ', '-').replace('\t', '-');
    }

    /** Whether {@link #NON_WORD} finds nothing to remove: ASCII letters, digits, '_', '-', spaces and tabs only, as most headings. */
    private static boolean keepsAll(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_' || c == '-'
                    || c == ' ' || c == '\t')) {
                return false;
            }
        }
        return true;
    }

    /** The text kramdown collects for an id: text and code, not image alt text or raw HTML. */
    static String rawText(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                sb.append(text.getLiteral());
            } else if (child instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (child instanceof LiteralText literal) {
                sb.append(literal.getLiteral());
            } else if (!(child instanceof Image) && !(child instanceof HtmlInline)) {
                collect(child, sb);
            }
        }
    }
}
