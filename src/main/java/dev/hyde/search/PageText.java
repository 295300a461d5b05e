package dev.hyde.search;

import dev.hyde.diag.Diagnostic;
import dev.hyde.model.Page;
import org.jsoup.nodes.Entities;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What search knows of one page: its title and URL, and its sections (the text before the first
 * h2 or h3, then each h2 and h3 with the text up to the next one), each with the terms it holds
 * and how strongly. Worked out while the page renders, on the rendering thread, from the page's
 * content before its layouts (so the sidebar, header and footer of every page are not indexed).
 *
 * @param url      the page's URL in the site, without the base URL
 * @param title    the page's title
 * @param sections in page order; the first has no heading
 * @param warnings what could not be indexed, as warnings on the page's source file
 */
public record PageText(String url, String title, List<Section> sections, List<Diagnostic> warnings) {
    /** Text indexed per page at most; a longer page is indexed from its start, with a warning. */
    public static final int MAX_CHARS = 200_000;
    /** Characters of each section kept to show under a result. */
    static final int SNIPPET = 200;
    static final int TITLE_WEIGHT = 10;
    /** A page's title also counts, less, in each of its sections, so "word title-word" finds a section. */
    static final int TITLE_IN_SECTION_WEIGHT = 2;
    static final int HEADING_WEIGHT = 6;
    static final int MAX_WEIGHT = 63;

    private static final Pattern ID = Pattern.compile("\\sid\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    public PageText {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /**
     * One part of a page.
     *
     * @param heading the h2 or h3 text, empty for the page's start
     * @param anchor  the heading's id, empty for the page's start
     * @param snippet the first {@value #SNIPPET} characters of its text
     * @param terms   each term once
     * @param weights how strongly each term belongs to the section: {@value #TITLE_WEIGHT} per
     *                use in the title, {@value #HEADING_WEIGHT} in the heading, 1 in the text,
     *                at most {@value #MAX_WEIGHT}
     */
    public record Section(String heading, String anchor, String snippet, List<String> terms, int[] weights) {
        public Section {
            terms = List.copyOf(terms);
            weights = weights.clone();
        }
    }

    /**
     * Reads the sections of a page's content HTML (after Markdown, before layouts).
     *
     * @param terms the one copy of each term to keep (the same words recur on every page)
     */
    public static PageText of(Page page, String contentHtml, SearchTerms terms) {
        SearchTerms.Table table = terms.table();
        String title = page.frontMatter().title();
        String file = page.source().relativePath();
        List<Diagnostic> warnings = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        TreeSet<UnicodeScript> unknown = new TreeSet<>();
        Map<String, int[]> titleTerms = new HashMap<>();
        Words.split(title, 0, title.length(), table, t -> add(titleTerms, t, 1), unknown::add);
        Reader reader = new Reader(contentHtml, table);
        String heading = "";
        String anchor = "";
        int budget = MAX_CHARS;
        String cutText = null;
        while (true) {
            Map<String, int[]> weights = new HashMap<>(256);
            int titleWeight = sections.isEmpty() ? TITLE_WEIGHT : TITLE_IN_SECTION_WEIGHT;
            titleTerms.forEach((term, count) -> weights.put(term, new int[] {count[0] * titleWeight}));
            Words.split(heading, 0, heading.length(), table, t -> add(weights, t, HEADING_WEIGHT), unknown::add);
            Reader.Part part = reader.next(budget, t -> add(weights, t, 1), unknown::add);
            budget -= part.length();
            sections.add(section(weights, heading, anchor, part.snippet()));
            if (part.cutAfter() != null) {
                cutText = part.cutAfter();
                break;
            }
            if (part.nextHeading() == null) {
                break;
            }
            heading = part.nextHeading();
            anchor = part.nextAnchor();
            budget -= heading.length();
        }
        if (cutText != null) {
            warnings.add(Diagnostic.warning("Page too large to index whole for search")
                    .at(file, lineOf(page, cutText))
                    .detail("Search indexes the first %,d characters of a page's text; the text from this line on is not found by a search.", MAX_CHARS)
                    .hint("Split the page into smaller pages, or move long listings into files of their own.").build());
        }
        for (UnicodeScript script : unknown) {
            String name = script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
            warnings.add(Diagnostic.warning("Text in " + name + " script is not indexed for search")
                    .at(file, lineOfScript(page, script))
                    .detail("Search splits text into words by spaces, and Chinese, Japanese and Korean text into character pairs; it has no rule for where words end in %s text, so a search does not find it.", name)
                    .hint("Add a summary in a language search indexes (for example in the page's title or a heading), or ignore this warning.").build());
        }
        return new PageText(page.url(), title, sections, warnings);
    }

    private static Section section(Map<String, int[]> weights, String heading, String anchor, CharSequence text) {
        List<String> terms = new ArrayList<>(weights.size());
        int[] w = new int[weights.size()];
        for (Map.Entry<String, int[]> entry : weights.entrySet()) {
            w[terms.size()] = Math.min(MAX_WEIGHT, entry.getValue()[0]);
            // split with the thread's table: each term is already the shared copy
            terms.add(entry.getKey());
        }
        String snippet = Reader.collapse(text);
        snippet = snippet.length() <= SNIPPET ? snippet : snippet.substring(0, SNIPPET);
        return new Section(heading, anchor, snippet.strip(), terms, w);
    }

    private static void add(Map<String, int[]> weights, String term, int weight) {
        int[] sum = weights.get(term);
        if (sum == null) {
            weights.put(term, new int[] {weight});
        } else {
            sum[0] += weight;
        }
    }

    /** The source line holding the start of the text that was not indexed, or the body's first line. */
    private static int lineOf(Page page, String cutText) {
        String probe = cutText.strip();
        int space = probe.indexOf(' ', 20);
        probe = space > 0 ? probe.substring(0, space) : probe;
        int at = probe.isEmpty() ? -1 : page.body().indexOf(probe);
        return at < 0 ? page.bodyLine() : lineAt(page, at);
    }

    private static int lineOfScript(Page page, UnicodeScript script) {
        String body = page.body();
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            if (Character.isLetter(cp) && UnicodeScript.of(cp) == script) {
                return lineAt(page, i);
            }
            i += Character.charCount(cp);
        }
        return page.bodyLine();
    }

    private static int lineAt(Page page, int offset) {
        int line = page.bodyLine();
        String body = page.body();
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Walks content HTML once: text outside tags, with entities decoded, split at each h2 and h3.
     * The HTML is Hyde's own output (Markdown rendered, then post-processed), so a plain scan is
     * enough and costs a fraction of a DOM parse, which matters at ten thousand pages.
     */
    static final class Reader {

        private static final Map<String, Boolean> SKIPPED = new LinkedHashMap<>(Map.of(
                "script", true, "style", true, "template", true, "svg", true, "math", true));
        /** Elements inside a line of text: their tags do not separate words ("<code>x</code>."). */
        private static final java.util.Set<String> INLINE = java.util.Set.of("a", "abbr", "b", "bdi", "bdo", "cite",
                "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
                "strong", "sub", "sup", "time", "u", "var");
        private final String html;
        /** Where the terms read are taken from, or null to make each. */
        private final SearchTerms.Table table;
        private int at;
        /** Where the next '&' at or after the reading position is: -1 when there is none, -2 before looking. */
        private int nextAmpersand = -2;

        Reader(String html) {
            this(html, null);
        }

        Reader(String html, SearchTerms.Table table) {
            this.html = html;
            this.table = table;
        }

        /**
         * @param snippet     the start of the text up to the next h2 or h3, or the end
         * @param length      how many characters of text that part has
         * @param nextHeading that heading's text, null at the end
         * @param nextAnchor  that heading's id (empty when it has none)
         * @param cutAfter    when the budget ran out: the text that was left out (its start), else null
         */
        record Part(CharSequence snippet, int length, String nextHeading, String nextAnchor, String cutAfter) {
        }

        /**
         * Reads on to the next h2 or h3 (or the end, or {@code budget} characters), giving the terms
         * of the text to {@code terms}. Text is split where it lies in the HTML, without copying it.
         */
        Part next(int budget, Consumer<String> terms, Consumer<UnicodeScript> unknown) {
            StringBuilder snippet = new StringBuilder(SNIPPET * 2 + 16);
            int length = 0;
            while (at < html.length()) {
                int tag = html.indexOf('<', at);
                int end = tag < 0 ? html.length() : tag;
                if (end > at) {
                    CharSequence text = html;
                    int from = at;
                    int to = end;
                    if (nextAmpersand == -2 || nextAmpersand >= 0 && nextAmpersand < at) {
                        // looked for again only once passed: searching from each text run to the end
                        // of a page without one made reading a page quadratic in its length
                        nextAmpersand = html.indexOf('&', at);
                    }
                    int amp = nextAmpersand;
                    if (amp >= 0 && amp < end) {
                        text = Entities.unescape(html.substring(at, end));
                        from = 0;
                        to = text.length();
                    }
                    if (length + to - from > budget) {
                        int keep = from + Math.max(0, budget - length);
                        Words.split(text, from, keep, table, terms, unknown);
                        appendSnippet(snippet, text, from, keep);
                        at = html.length();
                        return new Part(snippet, length + keep - from, null, "",
                                text.subSequence(keep, Math.min(to, keep + 200)).toString());
                    }
                    Words.split(text, from, to, table, terms, unknown);
                    appendSnippet(snippet, text, from, to);
                    length += to - from;
                }
                if (tag < 0) {
                    at = html.length();
                    break;
                }
                int close = html.indexOf('>', tag);
                if (close < 0) {
                    at = html.length();
                    break;
                }
                String name = tagName(tag + 1);
                at = close + 1;
                if (SKIPPED.containsKey(name)) {
                    int endTag = indexOfIgnoringCase("</" + name, at);
                    at = endTag < 0 ? html.length() : endTag;
                    continue;
                }
                if (html.startsWith("!--", tag + 1)) {
                    int endComment = html.indexOf("-->", tag + 4);
                    at = endComment < 0 ? html.length() : endComment + 3;
                    continue;
                }
                if (name.equals("h2") || name.equals("h3")) {
                    Matcher id = ID.matcher(html.substring(tag, close));
                    String anchor = id.find() ? Entities.unescape(id.group(2) != null ? id.group(2) : id.group(3)) : "";
                    int endHeading = indexOfIgnoringCase("</" + name, at);
                    endHeading = endHeading < 0 ? html.length() : endHeading;
                    Part inner = new Reader(html.substring(at, endHeading)).next(Integer.MAX_VALUE, t -> { }, s -> { });
                    int after = html.indexOf('>', endHeading);
                    at = after < 0 ? html.length() : after + 1;
                    return new Part(snippet, length, collapse(inner.snippet()), anchor, null);
                }
                if (!INLINE.contains(name.startsWith("/") ? closingName(tag + 2) : name) && snippet.length() < SNIPPET * 2) {
                    snippet.append(' ');
                }
            }
            return new Part(snippet, length, null, "", null);
        }

        /** Keeps enough of the start of a section's text to show (a heading is kept whole). */
        private void appendSnippet(StringBuilder snippet, CharSequence text, int from, int to) {
            int room = html.length() < SNIPPET * 4 ? to - from : SNIPPET * 2 - snippet.length();
            if (room > 0) {
                snippet.append(text, from, Math.min(to, from + room));
            }
        }

        private int indexOfIgnoringCase(String needle, int from) {
            for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
                if (html.regionMatches(true, i, needle, 0, needle.length())) {
                    return i;
                }
            }
            return -1;
        }

        private String closingName(int from) {
            int i = from;
            while (i < html.length() && Character.isLetterOrDigit(html.charAt(i))) {
                i++;
            }
            return html.substring(from, i).toLowerCase(Locale.ROOT);
        }

        private String tagName(int from) {
            int i = from;
            if (i < html.length() && html.charAt(i) == '/') {
                return "/";
            }
            while (i < html.length() && Character.isLetterOrDigit(html.charAt(i))) {
                i++;
            }
            return html.substring(from, i).toLowerCase(Locale.ROOT);
        }

        /**
         * {@link Character#isWhitespace(char)} or a no-break space, without a call for the
         * characters of most text: below U+1680 only the ASCII controls, the space and U+00A0 are
         * spaces, and the dashes and quotes from U+2010 to U+2027 are not.
         */
        static boolean isSpace(char c) {
            if (c < 0x80) {
                return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
            }
            return c == '\u00a0' || (c >= '\u1680' && (c < '\u2010' || c > '\u2027') && Character.isWhitespace(c));
        }

        static String collapse(CharSequence text) {
            // on copies in arrays: a character read through CharSequence is a call or three each
            String in = text.toString();
            int length = in.length();
            char[] chars = new char[length];
            in.getChars(0, length, chars, 0);
            char[] out = new char[length];
            int n = 0;
            boolean space = true;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (isSpace(c)) {
                    if (!space) {
                        out[n++] = ' ';
                        space = true;
                    }
                } else {
                    out[n++] = c;
                    space = false;
                }
            }
            if (n > 0 && out[n - 1] == ' ') {
                n--;
            }
            return new String(out, 0, n);
        }
    }
}
