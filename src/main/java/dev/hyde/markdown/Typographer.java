package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Delimited;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Kramdown's typographic substitutions, applied to the text of a parsed document: smart quotes,
 * {@code ---}/{@code --}/{@code ...} and guillemets.
 *
 * <p>Pages were written against kramdown, so the rules are kramdown's, not commonmark's or
 * SmartyPants' own variants. Kramdown scans the Markdown source of one span context (a
 * paragraph, a heading, the inside of an emphasis...) left to right, and each substitution only
 * sees the raw characters around it; a quote straight after an inline element (code, link,
 * emphasis) has no character before it in that scan. This class rebuilds that view: it joins the
 * text nodes of a context that kramdown would scan in one go, appends a short approximation of
 * the source that follows (for look-ahead), and replays kramdown's scanner over it.
 *
 * <p>Stateless, so one instance can serve every thread.
 */
final class Typographer implements PostProcessor {

    private static final char LSQUO = '\u2018';
    private static final char RSQUO = '\u2019';
    private static final char LDQUO = '\u201C';
    private static final char RDQUO = '\u201D';
    private static final String NBSP = "\u00A0";

    /** Enough source after a run for the longest look-ahead in the quote rules. */
    private static final int LOOKAHEAD = 8;

    /**
     * Characters whose own kramdown span parser is tried before the smart-quote parser (emphasis,
     * code span, link). Even when that parser fails and the character ends up as text, it has
     * been consumed, so it is never the "character before" a following quote.
     */
    private static final String CLAIMED_BEFORE_QUOTES = "*_`[";

    private static final Pattern HTML_OPEN_TAG =
            Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)(?:\\s[^>]*)?>");

    /**
     * Inline HTML elements whose content kramdown still span-parses: its span content model, the
     * block elements (which it leaves as plain text inside a paragraph) and the elements without
     * a body. Any other element, {@code <code>}, {@code <kbd>} or unknown ones included, keeps
     * its content raw, so no typography there.
     */
    private static final Set<String> SPAN_PARSED_HTML = Set.of(
            "a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption", "del", "dfn",
            "dt", "em", "i", "ins", "label", "legend", "optgroup", "p", "q", "rb", "rbc", "rp",
            "rt", "rtc", "ruby", "select", "small", "span", "strong", "sub", "sup", "th", "tt",
            "address", "applet", "article", "aside", "blockquote", "body", "dd", "details", "div",
            "dl", "fieldset", "figure", "figcaption", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "head", "iframe", "li", "main", "map",
            "menu", "nav", "noscript", "object", "ol", "pre", "section", "summary", "table",
            "tbody", "td", "tfoot", "thead", "tr", "ul",
            "area", "base", "br", "col", "command", "embed", "img", "input", "keygen", "link",
            "meta", "param", "source", "track", "wbr");

    /*
     * kramdown's SQ_RULES (lib/kramdown/parser/kramdown/smart_quotes.rb, itself from RubyPants),
     * tried in this order at the scan position, which is either the quote or the one character
     * before it. The first rule that matches decides. Why each exists:
     *  1. a quote right before emphasis markup opens ("*word*").
     *  2. a quote right before punctuation that is not itself followed by a word closes ('.),
     *     unless the punctuation starts an ellipsis.
     *  3/4. a double quote next to a single one, before a word, opens both ("'nested').
     *  5. an apostrophe before two digits and "s" is a contraction ('80s), so it closes.
     *  6. whitespace, quote, word character: opening.
     *  7. a quote after a character that is not whitespace or an opening bracket/dash closes
     *     (it's, "1.1", word").
     *  8. a quote with no character before it, followed by whitespace, "s" or line end, closes
     *     (`code`'s).
     *  9/10. anything left opens.
     * They are regular expressions there; here each is spelled out as the match a regular
     * expression engine finds (its first, greedy match: a rule whose match runs past the scanned
     * text does not apply, even where a shorter match would), since trying ten patterns at every
     * apostrophe was most of this class's time. TypographerRulesTest holds the patterns and
     * compares. Ruby's \w, \s and \d are ASCII, as here; `$` is Ruby's end of line.
     */

    /** A character past the end of the text: none of the classes below. */
    private static final int NONE = -1;
    private static final String CLOSING_PUNCTUATION = "!\"#$%'()*+,-./:;<=>?@[\\]^`{|}~";
    private static final String NOT_BEFORE_CLOSING = " \\\t\r\n[{(-";
    /** Rules 3 and 4: the two quotes, in their order. */
    private static final char[][] QUOTE_PAIRS = {{'"', '\''}, {'\'', '"'}};
    /** Rules 9 and 10: the quote each opens. */
    private static final char[] QUOTES = {'\'', '"'};

    /**
     * Applies the first quote rule that matches at {@code q} and ends by {@code end}: its curly
     * quotes go into {@code replaced}. Returns where the scan goes on: the match's end, or
     * {@code q + 1} when no rule applies.
     */
    static int quote(String s, int q, int end, String[] replaced) {
        int c0 = at(s, q);
        int c1 = at(s, q + 1);
        int c2 = at(s, q + 2);
        // 1. (["'])(?=[_*]{1,2}\S)
        if (isQuote(c0) && (c1 == '_' || c1 == '*') && c2 != NONE && !isSpace(c2)) {
            return put(s, replaced, q, true, q + 1);
        }
        // 2. (["'])(?=[punctuation](?!\.\.)(?!\w)|_(?=\w))
        if (isQuote(c0) && (c1 != NONE && CLOSING_PUNCTUATION.indexOf(c1) >= 0
                && !(c2 == '.' && at(s, q + 3) == '.') && !isWord(c2) || c1 == '_' && isWord(c2))) {
            return put(s, replaced, q, false, q + 1);
        }
        // 3. (\s?)(")(')(?=\w) and 4. (\s?)(')(")(?=\w): both quotes open
        int from = isSpace(c0) ? q + 1 : q;
        for (char[] pair : QUOTE_PAIRS) {
            if (at(s, from) == pair[0] && at(s, from + 1) == pair[1] && isWord(at(s, from + 2))) {
                if (from + 2 <= end) {
                    put(s, replaced, from, true, 0);
                    return put(s, replaced, from + 1, true, from + 2);
                }
                break; // a match past the end: rule 4 cannot match where rule 3 did
            }
        }
        // 5. (\s?)(')(?=\d\ds)
        if (at(s, from) == '\'' && isDigit(at(s, from + 1)) && isDigit(at(s, from + 2)) && at(s, from + 3) == 's'
                && from + 1 <= end) {
            return put(s, replaced, from, false, from + 1);
        }
        // 6. (\s)(["'])(?=\w)
        if (isSpace(c0) && isQuote(c1) && isWord(c2) && q + 2 <= end) {
            return put(s, replaced, q + 1, true, q + 2);
        }
        // 7. ([^ \\\t\r\n\[{(-])(["'])
        if (c0 != NONE && NOT_BEFORE_CLOSING.indexOf(c0) < 0 && isQuote(c1) && q + 2 <= end) {
            return put(s, replaced, q + 1, false, q + 2);
        }
        // 8. (["'])(?=\s|s(?!\w)|$)
        if (isQuote(c0) && (c1 == NONE || isSpace(c1) || c1 == 's' && !isWord(c2))) {
            return put(s, replaced, q, false, q + 1);
        }
        // 9. (.?)(') and 10. (.?)("): the greedy match takes the character before the quote
        for (char quote : QUOTES) {
            int at = c1 == quote ? q + 1 : c0 == quote ? q : -1;
            if (at >= 0 && at + 1 <= end) {
                return put(s, replaced, at, true, at + 1);
            }
        }
        return q + 1;
    }

    /** Puts the curly form of the quote at {@code at}; returns {@code next}. */
    private static int put(String s, String[] replaced, int at, boolean open, int next) {
        boolean single = s.charAt(at) == '\'';
        replaced[at] = String.valueOf(open ? (single ? LSQUO : LDQUO) : (single ? RSQUO : RDQUO));
        return next;
    }

    private static int at(String s, int i) {
        return i < s.length() ? s.charAt(i) : NONE;
    }

    /** Java's and Ruby's {@code \s}. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isWord(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** kramdown's TYPOGRAPHIC_SYMS, in its order: the first that matches at a position wins. */
    private static final String[][] SYMBOLS = {
            {"---", "\u2014"}, {"--", "\u2013"}, {"...", "\u2026"},
            {"\\<<", "<<"}, {"\\>>", ">>"},
            {"<< ", "\u00AB" + NBSP}, {" >>", NBSP + "\u00BB"},
            {"<<", "\u00AB"}, {">>", "\u00BB"}};

    @Override
    public Node process(Node document) {
        processChildren(document);
        return document;
    }

    private void processChildren(Node parent) {
        List<Node> run = new ArrayList<>();
        String rawTag = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (rawTag != null) {
                if (child instanceof HtmlInline html
                        && html.getLiteral().toLowerCase(Locale.ROOT).matches("</" + rawTag + "\\s*>")) {
                    rawTag = null;
                }
                continue;
            }
            // a hard break's newline stays in kramdown's text (only the spaces before it go)
            if (child instanceof Text || child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                run.add(child);
                continue;
            }
            flush(run);
            if (child instanceof HtmlInline html) {
                rawTag = rawContentTag(html.getLiteral());
            } else if (!isVerbatim(child)) {
                processChildren(child);
            }
        }
        flush(run);
    }

    /** The element name if {@code literal} opens an element whose content kramdown keeps raw. */
    private static String rawContentTag(String literal) {
        Matcher open = HTML_OPEN_TAG.matcher(literal);
        if (!open.matches() || literal.endsWith("/>")) {
            return null;
        }
        String name = open.group(1).toLowerCase(Locale.ROOT);
        return SPAN_PARSED_HTML.contains(name) ? null : name;
    }

    /** Image alt text and the text of autolinks are not span-parsed by kramdown. */
    private static boolean isVerbatim(Node node) {
        if (node instanceof Image) {
            return true;
        }
        if (node instanceof Link link && link.getFirstChild() instanceof Text text
                && text.getNext() == null) {
            String destination = link.getDestination();
            String literal = text.getLiteral();
            return destination.equals(literal) || destination.equals("mailto:" + literal)
                    || destination.equals("http://" + literal);
        }
        return false;
    }

    private void flush(List<Node> run) {
        if (run.isEmpty()) {
            return;
        }
        if (!anyCandidate(run)) {
            // nothing here can start a quote or a symbol (see mayStart): the run stays as it is
            run.clear();
            return;
        }
        StringBuilder source = new StringBuilder(256);
        for (Node node : run) {
            source.append(node instanceof Text text ? text.getLiteral() : "\n");
        }
        int end = source.length();
        source.append(following(run.get(run.size() - 1)));
        String[] replaced = substitute(source.toString(), end);
        if (replaced == null) {
            run.clear();
            return;
        }

        int offset = 0;
        for (Node node : run) {
            if (node instanceof Text text) {
                String literal = text.getLiteral();
                text.setLiteral(rebuild(literal, replaced, offset));
                offset += literal.length();
            } else {
                offset += 1;
            }
        }
        run.clear();
    }

    /**
     * Whether any text of the run holds a character {@link #mayStart} looks for; a line break is
     * none of them, so breaks need no look.
     */
    private static boolean anyCandidate(List<Node> run) {
        for (Node node : run) {
            if (node instanceof Text text) {
                String literal = text.getLiteral();
                for (int i = 0; i < literal.length(); i++) {
                    if (isCandidate(literal.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The characters a quote or a symbol starts at or right before: see {@link #mayStart}. */
    private static boolean isCandidate(char c) {
        return c == '"' || c == '\'' || c == '-' || c == '.' || c == '<' || c == '>';
    }

    private static String rebuild(String literal, String[] replaced, int offset) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < literal.length(); i++) {
            String r = replaced[offset + i];
            if (r == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(literal.length());
            }
            out.append(literal, copied, i).append(r);
            copied = i + 1;
        }
        return out == null ? literal : out.append(literal, copied, literal.length()).toString();
    }

    /**
     * Replays kramdown's span scanner over {@code s[0, end)}; characters from {@code end} on are
     * only looked at. Returns, per input index, the replacement text, or null to keep the
     * character (a multi-character symbol puts its replacement on the first index and "" on the
     * others); null when no character is replaced.
     */
    static String[] substitute(String s, int end) {
        String[] replaced = null;
        int cur = 0;
        while (cur < end) {
            int q = next(s, cur, end);
            if (q >= end) {
                break;
            }
            if (replaced == null) {
                replaced = new String[end];
            }
            if (quoteStart(s, q, end)) {
                if (!isQuote(s.charAt(q)) && CLAIMED_BEFORE_QUOTES.indexOf(s.charAt(q)) >= 0) {
                    cur = q + 1;
                } else {
                    cur = quote(s, q, end, replaced);
                }
            } else {
                cur = symbol(s, q, end, replaced);
            }
        }
        return replaced == null || isEmpty(replaced) ? null : replaced;
    }

    /**
     * The first position from {@code from} where a quote or a symbol starts, or {@code end}. Such
     * a position holds a {@link #isCandidate} character or stands right before one
     * ({@link #mayStart}), so only those two places around each candidate are tried.
     */
    private static int next(String s, int from, int end) {
        for (int p = from; p < end; p++) {
            if (!isCandidate(s.charAt(p))) {
                continue;
            }
            if (p > from && startsAt(s, p - 1, end)) {
                return p - 1;
            }
            if (startsAt(s, p, end)) {
                return p;
            }
        }
        return end;
    }

    private static boolean startsAt(String s, int q, int end) {
        return mayStart(s, q, end) && (quoteStart(s, q, end) || symbolStart(s, q, end));
    }

    private static boolean isEmpty(String[] replaced) {
        for (String r : replaced) {
            if (r != null) {
                return false;
            }
        }
        return true;
    }

    /** A cheap first test: most characters can start neither a quote nor a symbol. */
    private static boolean mayStart(String s, int q, int end) {
        if (isCandidate(s.charAt(q))) {
            return true;
        }
        if (q + 1 < end) {
            char next = s.charAt(q + 1);
            return next == '"' || next == '\'' || next == '<' || next == '>';
        }
        return false;
    }

    private static boolean isQuote(int c) {
        return c == '"' || c == '\'';
    }

    /** kramdown's smart-quote start: an optional non-backslash character, then a quote. */
    private static boolean quoteStart(String s, int q, int end) {
        char c = s.charAt(q);
        return isQuote(c) || (c != '\\' && q + 1 < end && isQuote(s.charAt(q + 1)));
    }

    private static boolean symbolStart(String s, int q, int end) {
        return startsWith(s, q, end, "--") || startsWith(s, q, end, "...")
                || ((s.charAt(q) == '\\' || s.charAt(q) == ' ')
                        && (startsWith(s, q + 1, end, "<<") || startsWith(s, q + 1, end, ">>")))
                || startsWith(s, q, end, "<<") || startsWith(s, q, end, ">>");
    }

    private static boolean startsWith(String s, int at, int end, String prefix) {
        if (at + prefix.length() > end) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int symbol(String s, int q, int end, String[] replaced) {
        for (String[] symbol : SYMBOLS) {
            if (startsWith(s, q, end, symbol[0])) {
                replaced[q] = symbol[1];
                for (int i = 1; i < symbol[0].length(); i++) {
                    replaced[q + i] = "";
                }
                return q + symbol[0].length();
            }
        }
        // a space before "<<" starts the scan but matches no symbol: kramdown keeps it as text
        return q + 1;
    }

    /** An approximation of the Markdown source after {@code last}, for the quote look-ahead. */
    private static String following(Node last) {
        StringBuilder sb = new StringBuilder();
        Node node = last;
        while (sb.length() < LOOKAHEAD) {
            Node next = node.getNext();
            if (next != null) {
                appendSource(next, sb);
                node = next;
                continue;
            }
            Node parent = node.getParent();
            if (parent == null || parent instanceof Block) {
                break;
            }
            if (parent instanceof Delimited delimited) {
                sb.append(delimited.getClosingDelimiter());
            } else if (parent instanceof Link) {
                sb.append(']');
            }
            node = parent;
        }
        return sb.toString();
    }

    private static void appendSource(Node node, StringBuilder sb) {
        if (sb.length() >= LOOKAHEAD) {
            return;
        }
        if (node instanceof Text text) {
            sb.append(text.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            sb.append('\n');
        } else if (node instanceof Code code) {
            sb.append('`').append(code.getLiteral());
        } else if (node instanceof HtmlInline html) {
            sb.append(html.getLiteral());
        } else if (node instanceof LiteralText literal) {
            sb.append('\\').append(literal.getLiteral());
        } else if (node instanceof Image) {
            sb.append("![");
        } else if (node instanceof Link || node instanceof Delimited) {
            sb.append(node instanceof Delimited d ? d.getOpeningDelimiter() : "[");
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                appendSource(child, sb);
            }
        } else {
            // footnote markers and other extension nodes start with markup, never with a word
            sb.append('\uFFFC');
        }
    }
}
