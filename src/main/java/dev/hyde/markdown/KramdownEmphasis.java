package dev.hyde.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Emphasis with {@code *} and {@code _} decided as kramdown 2.4 decides it (its
 * {@code parser/kramdown/emphasis.rb}), for Jekyll sites.
 *
 * <p>CommonMark's delimiter rules (left- and right-flanking runs, the rule of three) and
 * kramdown's differ on real pages: {@code _No fields in this message type.__} is literal text in
 * kramdown, because {@code __} cannot close a {@code _}, and emphasis in CommonMark; {@code a*"b"*}
 * is emphasis in kramdown only; {@code ***x***} nests the other way round. kramdown decides
 * left to right: an opening delimiter ({@code **}, {@code __} or a single one) opens unless it is
 * followed by whitespace, is a {@code _} right after a letter (or a letter and a hyphen), or the
 * same kind of emphasis is already open around it; it then looks for the first closing delimiter
 * with no whitespace before it (for {@code _} not followed by a letter or digit, for a single one
 * not a lone double one) and with some content in between, code spans, links and other span
 * elements being passed over whole. A {@code **} that finds no close is retried as a single
 * {@code *} one character further (which then keeps the second {@code *} as text, as kramdown
 * does); an opening without a close is text.
 *
 * <p>How: commonmark's own delimiter processing is kept away from {@code *} and {@code _} by an
 * inline parser that claims every run of them as a {@link Delimiters} node; this post-processor
 * then runs kramdown's algorithm over each block's inline content, other inline nodes being single
 * opaque characters, and builds {@link Emphasis} and {@link StrongEmphasis} nodes from its result.
 * Link text and inline HTML elements are parsed as their own spans, as kramdown parses them; the
 * text of an image and of a raw HTML element ({@code <code>}, {@code <kbd>}, ...) is left as
 * written. Work per block is linear in practice; failed openings are remembered by position, so
 * a paragraph of unclosed delimiters is not re-scanned for each.
 */
final class KramdownEmphasis implements PostProcessor {

    /** A run of {@code *} or {@code _} as written, before kramdown's rules decide what it is. */
    static final class Delimiters extends CustomNode {
        private final String run;

        Delimiters(String run) {
            this.run = run;
        }

        String run() {
            return run;
        }
    }

    /** Claims runs of {@code *} and {@code _}, so that commonmark's emphasis never sees them. */
    static final class ParserFactory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('*', '_');
        }

        @Override
        public InlineContentParser create() {
            return ParserFactory::tryParse;
        }

        private static ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            char c = scanner.peek();
            int length = scanner.matchMultiple(c);
            return ParsedInline.of(new Delimiters(String.valueOf(c).repeat(length)), scanner.position());
        }
    }

    /** The character an inline node stands for in the text kramdown would scan. */
    private static final char OPAQUE = '\uFFFC';

    /** HTML elements whose content kramdown leaves as written (its raw content model for spans). */
    private static final Set<String> RAW_ELEMENTS = Set.of(
            "script", "style", "math", "option", "textarea", "pre", "code", "kbd", "samp", "var");

    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)\\b[^>]*?(/?)>");

    private static final Pattern END_TAG = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*)\\s*>");

    /** A span IAL or extension, {@code {:...}}: kramdown reads it whole, delimiters and all. */
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:[^}\\n]*\\}");

    private enum Kind { EM, STRONG, SCOPE }

    @Override
    public Node process(Node document) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Image) {
                literal(node);
                continue;
            }
            if (hasDelimiterChild(node)) {
                if (noneCanOpen(node)) {
                    // the common case of snake_case and 2 * 3: nothing to decide
                    literal(node);
                } else {
                    // parses this node's inline content and every span inside it
                    resolve(node, List.of());
                }
                continue;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
            }
        }
        return document;
    }

    private static boolean hasDelimiterChild(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Delimiters) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no delimiter among {@code node}'s children can open an emphasis: each is followed
     * by whitespace or the end, or is a single or double {@code _} right after a letter. Then
     * none closes one either, and all are text.
     */
    private static boolean noneCanOpen(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Delimiters d) {
                Node next = child.getNext();
                boolean spaceAfter = next == null || next instanceof SoftLineBreak || next instanceof HardLineBreak
                        || next instanceof Text t && !t.getLiteral().isEmpty() && isWhitespace(t.getLiteral().charAt(0));
                boolean afterLetter = d.run().charAt(0) == '_' && d.run().length() <= 2
                        && child.getPrevious() instanceof Text t && !t.getLiteral().isEmpty()
                        && Character.isAlphabetic(t.getLiteral().charAt(t.getLiteral().length() - 1));
                if (!spaceAfter && !afterLetter) {
                    return false;
                }
            } else if (child.getFirstChild() != null) {
                // spans inside are decided on their own, with nothing open around them
                return false;
            }
        }
        return true;
    }

    /** Resolves the delimiters under {@code node}, a span inside {@code chain}. */
    private static void resolveSpan(Node node, List<Kind> chain) {
        if (hasDelimiterChild(node)) {
            resolve(node, chain);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image) {
                literal(child);
            } else if (child.getFirstChild() != null) {
                resolveSpan(child, child instanceof Strikethrough ? List.of(Kind.SCOPE) : scope(chain));
            }
        }
    }

    /** Replaces {@code parent}'s inline children by kramdown's reading of them. */
    private static void resolve(Node parent, List<Kind> chain) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        for (Node child : children) {
            child.unlink();
        }
        resolveInto(parent, children, chain);
    }

    /** Appends to {@code parent} the nodes {@code items} as kramdown reads them inside {@code chain}. */
    private static void resolveInto(Node parent, List<Node> items, List<Kind> chain) {
        Flat flat = Flat.of(items);
        Sim sim = new Sim(flat, chain);
        List<Object> out = new ArrayList<>();
        sim.parseSpans(out, (char) 0, 0, null);
        if (sim.pos < flat.length()) {
            out.add(new int[] {sim.pos, flat.length()});
        }
        new Builder(flat, chain).emit(parent, out, chain);
    }

    /** Turns every delimiter under {@code node} into text: content kramdown does not parse for spans. */
    private static void literal(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            if (!(child instanceof Text) && !(child instanceof Delimiters)) {
                literal(child);
                child = child.getNext();
                continue;
            }
            // one Text for the whole run of text and delimiters, built in one go
            Node last = child;
            while (last.getNext() instanceof Text || last.getNext() instanceof Delimiters) {
                last = last.getNext();
            }
            Node after = last.getNext();
            if (last != child || child instanceof Delimiters) {
                StringBuilder text = new StringBuilder();
                Node first = child;
                for (Node n = first; n != after; ) {
                    Node next = n.getNext();
                    text.append(n instanceof Text t ? t.getLiteral() : ((Delimiters) n).run());
                    if (n != first) {
                        n.unlink();
                    }
                    n = next;
                }
                Text merged = new Text(text.toString());
                first.insertBefore(merged);
                first.unlink();
            }
            child = after;
        }
    }

    /** Joins neighbouring text nodes among {@code node}'s children, as commonmark leaves them. */
    private static void mergeText(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            if (child instanceof Text first && first.getNext() instanceof Text) {
                StringBuilder text = new StringBuilder(first.getLiteral());
                while (first.getNext() instanceof Text next) {
                    text.append(next.getLiteral());
                    next.unlink();
                }
                first.setLiteral(text.toString());
            }
            child = child.getNext();
        }
    }

    /**
     * The inline content as one string: text as it is, each delimiter character as itself, each
     * other node as one character (a line break as a newline, so that whitespace rules see it).
     */
    private record Flat(String text, boolean[] delimiter, Object[] atoms) {

        int length() {
            return text.length();
        }

        static Flat of(List<Node> items) {
            int length = 0;
            for (Node node : items) {
                length += node instanceof Text t ? t.getLiteral().length()
                        : node instanceof Delimiters d ? d.run().length() : 1;
            }
            char[] text = new char[length];
            boolean[] delimiter = new boolean[length];
            Object[] atoms = new Object[length];
            int at = 0;
            boolean attributeList = false;
            for (int i = 0; i < items.size(); i++) {
                Node node = items.get(i);
                if (node instanceof Text t) {
                    String literal = t.getLiteral();
                    literal.getChars(0, literal.length(), text, at);
                    at += literal.length();
                    attributeList |= literal.indexOf('{') >= 0;
                } else if (node instanceof Delimiters d) {
                    for (int k = 0; k < d.run().length(); k++) {
                        text[at] = d.run().charAt(k);
                        delimiter[at++] = true;
                    }
                } else {
                    int end = node instanceof HtmlInline html ? elementEnd(items, i, html) : -1;
                    if (end > i) {
                        // an HTML element is one span of its own, as kramdown's span HTML parser reads it
                        atoms[at] = new Element(elementName(html(node)), List.copyOf(items.subList(i, end + 1)));
                        i = end;
                    } else {
                        atoms[at] = node;
                    }
                    text[at++] = node instanceof SoftLineBreak || node instanceof HardLineBreak ? '\n' : OPAQUE;
                }
            }
            String string = new String(text, 0, at);
            if (attributeList) {
                Matcher ial = ATTRIBUTE_LIST.matcher(string);
                while (ial.find()) {
                    java.util.Arrays.fill(delimiter, ial.start(), ial.end(), false);
                }
            }
            return new Flat(string, delimiter, atoms);
        }

        private static String html(Node node) {
            return ((HtmlInline) node).getLiteral();
        }

        private static String elementName(String startTag) {
            Matcher m = START_TAG.matcher(startTag);
            return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        }

        /** The index of the end tag matching the start tag at {@code start}, or -1. */
        private static int elementEnd(List<Node> items, int start, HtmlInline startTag) {
            Matcher m = START_TAG.matcher(startTag.getLiteral());
            if (!m.matches() || !m.group(2).isEmpty()) {
                return -1;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            int depth = 0;
            for (int i = start + 1; i < items.size(); i++) {
                if (items.get(i) instanceof HtmlInline html) {
                    Matcher open = START_TAG.matcher(html.getLiteral());
                    Matcher close = END_TAG.matcher(html.getLiteral());
                    if (open.matches() && open.group(2).isEmpty() && open.group(1).equalsIgnoreCase(name)) {
                        depth++;
                    } else if (close.matches() && close.group(1).equalsIgnoreCase(name)) {
                        if (depth == 0) {
                            return i;
                        }
                        depth--;
                    }
                }
            }
            return -1;
        }
    }

    /** An inline HTML element from start to end tag: one span, parsed apart. */
    private record Element(String name, List<Node> nodes) {
    }

    /** An emphasis kramdown found, with what it contains: text ranges ({@code int[2]}) and emphases. */
    private record Em(boolean strong, List<Object> content) {
    }

    /** The outcome of one attempt at an emphasis starting at a position. */
    private record Attempt(boolean found, Em em, int end) {
    }

    /** kramdown's parse_spans and parse_emphasis over a {@link Flat}, nothing else. */
    private static final class Sim {
        private final String s;
        private final boolean[] delimiter;
        private final int n;
        private final List<Kind> chain;
        private final int[] nextDelimiter;
        /** Made on the first attempt: most blocks have few delimiters. */
        private Map<Long, Attempt> attempts;
        int pos;

        Sim(Flat flat, List<Kind> outer) {
            this.s = flat.text();
            this.delimiter = flat.delimiter();
            this.n = s.length();
            this.chain = new ArrayList<>(outer);
            // an attempt jumps from delimiter to delimiter: linear in them, not in the text
            this.nextDelimiter = new int[n + 1];
            int next = n;
            for (int i = n; i >= 0; i--) {
                if (i < n && delimiter[i]) {
                    next = i;
                }
                nextDelimiter[i] = next;
            }
        }

        private boolean isDelimiter(int i, char c) {
            return i < n && delimiter[i] && s.charAt(i) == c;
        }

        /**
         * Adds text and spans to {@code out} until the end or, with {@code stop} set, until a
         * closing delimiter {@code stop} (repeated {@code stopLength} times) that {@code em}
         * accepts; returns whether it was found.
         */
        boolean parseSpans(List<Object> out, char stop, int stopLength, Em em) {
            while (pos < n) {
                int next = nextDelimiter[pos];
                add(out, pos, next);
                pos = next;
                if (pos == n) {
                    break;
                }
                if (stop != 0 && isDelimiter(pos, stop) && (stopLength == 1 || isDelimiter(pos + 1, stop))
                        && closes(stop, stopLength, em)) {
                    return true;
                }
                parseEmphasis(out);
            }
            return false;
        }

        private boolean closes(char delim, int length, Em em) {
            return pos > 0 && !isWhitespace(s.charAt(pos - 1))
                    && (em.strong() || !(isDelimiter(pos, delim) && isDelimiter(pos + 1, delim)
                            && !isDelimiter(pos + 2, delim)))
                    && (delim != '_' || pos + length >= n || !Character.isLetterOrDigit(s.charAt(pos + length)))
                    && !em.content().isEmpty();
        }

        private void parseEmphasis(List<Object> out) {
            int saved = pos;
            char type = s.charAt(pos);
            int length = isDelimiter(pos + 1, type) ? 2 : 1;
            Kind element = length == 2 ? Kind.STRONG : Kind.EM;
            pos += length;
            if ((type == '_' && letterBefore(saved)) || (pos < n && isWhitespace(s.charAt(pos)))
                    || chain.contains(element)) {
                add(out, saved, pos);
                return;
            }
            Attempt attempt = attempt(saved + length, type, length, element);
            if (!attempt.found() && element == Kind.STRONG && top() != Kind.EM) {
                // kramdown retries as emphasis from the second character, which it keeps as text
                attempt = attempt(saved + 1, type, 1, Kind.EM);
            }
            if (attempt.found()) {
                pos = attempt.end();
                out.add(attempt.em());
            } else {
                pos = saved + length;
                add(out, saved, pos);
            }
        }

        /**
         * kramdown's sub_parse: the content from {@code contentStart} up to a closing delimiter;
         * the same for every opening that reaches it, so an attempt is made once per position.
         */
        private Attempt attempt(int contentStart, char type, int length, Kind element) {
            boolean remembered = chain.size() < 6;
            long key = ((long) contentStart << 12) | ((long) chainKey() << 2) | (type == '_' ? 2 : 0)
                    | (element == Kind.STRONG ? 1 : 0);
            if (attempts == null) {
                attempts = new HashMap<>();
            }
            Attempt known = remembered ? attempts.get(key) : null;
            if (known != null) {
                return known;
            }
            pos = contentStart;
            Em em = new Em(element == Kind.STRONG, new ArrayList<>());
            chain.add(element);
            boolean found = parseSpans(em.content(), type, length, em);
            chain.remove(chain.size() - 1);
            Attempt attempt = new Attempt(found, em, found ? pos + length : pos);
            if (remembered) {
                attempts.put(key, attempt);
            }
            return attempt;
        }

        private int chainKey() {
            int key = 0;
            for (Kind kind : chain) {
                key = key * 3 + kind.ordinal();
            }
            return key;
        }

        private Kind top() {
            return chain.isEmpty() ? Kind.SCOPE : chain.get(chain.size() - 1);
        }

        /** kramdown: {@code pre_match =~ /[[:alpha:]]-?[[:alpha:]]*\z/}. */
        private boolean letterBefore(int at) {
            if (at == 0) {
                return false;
            }
            char before = s.charAt(at - 1);
            if (Character.isAlphabetic(before)) {
                return true;
            }
            return before == '-' && at >= 2 && Character.isAlphabetic(s.charAt(at - 2));
        }

        private static void add(List<Object> out, int start, int end) {
            if (end > start) {
                out.add(new int[] {start, end});
            }
        }
    }

    private static List<Kind> scope(List<Kind> chain) {
        List<Kind> inner = new ArrayList<>(chain);
        inner.add(Kind.SCOPE);
        return inner;
    }

    /** Ruby's {@code \s}: ASCII whitespace only. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Builds commonmark nodes from the simulation's result. */
    private record Builder(Flat flat, List<Kind> outer) {

        void emit(Node parent, List<Object> content, List<Kind> chain) {
            StringBuilder text = new StringBuilder(80);
            for (Object item : content) {
                if (item instanceof Em em) {
                    flush(parent, text);
                    Node node = em.strong() ? new StrongEmphasis("**") : new Emphasis("*");
                    parent.appendChild(node);
                    List<Kind> inner = new ArrayList<>(chain);
                    inner.add(em.strong() ? Kind.STRONG : Kind.EM);
                    emit(node, em.content(), inner);
                    continue;
                }
                int[] range = (int[]) item;
                int run = range[0];
                for (int i = range[0]; i < range[1]; i++) {
                    Object atom = flat.atoms()[i];
                    if (atom != null) {
                        text.append(flat.text(), run, i);
                        flush(parent, text);
                        emitAtom(parent, atom, chain);
                        run = i + 1;
                    }
                }
                text.append(flat.text(), run, range[1]);
            }
            flush(parent, text);
        }

        private static void emitAtom(Node parent, Object atom, List<Kind> chain) {
            if (atom instanceof Element element) {
                List<Node> nodes = element.nodes();
                parent.appendChild(nodes.get(0));
                List<Node> inner = nodes.subList(1, nodes.size() - 1);
                if (RAW_ELEMENTS.contains(element.name())) {
                    for (Node node : inner) {
                        if (node instanceof Delimiters d) {
                            appendText(parent, d.run());
                        } else {
                            literal(node);
                            parent.appendChild(node);
                        }
                    }
                } else {
                    resolveInto(parent, inner, scope(chain));
                }
                parent.appendChild(nodes.get(nodes.size() - 1));
                mergeText(parent);
                return;
            }
            Node node = (Node) atom;
            parent.appendChild(node);
            if (node instanceof Image) {
                // kramdown uses an image's text as its alt attribute, unparsed
                literal(node);
            } else if (node instanceof Strikethrough) {
                // kramdown parses struck-through text afresh, with no emphasis open around it
                resolveSpan(node, List.of(Kind.SCOPE));
            } else if (node.getFirstChild() != null) {
                resolveSpan(node, scope(chain));
            }
        }

        private static void appendText(Node parent, String literal) {
            if (parent.getLastChild() instanceof Text last) {
                last.setLiteral(last.getLiteral() + literal);
            } else {
                parent.appendChild(new Text(literal));
            }
        }

        private static void flush(Node parent, StringBuilder text) {
            if (!text.isEmpty()) {
                appendText(parent, text.toString());
                text.setLength(0);
            }
        }
    }
}
