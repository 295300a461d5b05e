package dev.hyde.layout;

import dev.hyde.config.LiquidLimits;
import dev.hyde.liquid.filters.Split;
import dev.hyde.text.RubySpace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of jekyll-compress-html (http://jch.penibelst.de/), worked out in Java. Its Liquid
 * splits and joins a page's whole HTML many times over, and rendered by Liquid it took most of a
 * small site's build. Used only for a layout whose text is one of the released versions 3.0.0 to
 * 3.2.1, and gives what Hyde's Liquid (like Jekyll's) gives for that text, character for
 * character: {@code split: " "} splits at runs of whitespace, so the text between {@code <pre>}
 * blocks has its whitespace collapsed to single spaces.
 *
 * <p>Only option values whose Liquid meaning is certain are evaluated here (nothing, lists of
 * strings, {@code "all"}, true/false); anything else ({@code profile}, which prints
 * {@code site.time}, a number in a list, a map where a list belongs), and any page large enough
 * that Liquid could reach a render limit, is left to Liquid: {@link #render} then returns empty.
 */
final class CompressHtmlLayout {
    /** Whitespace around the Liquid is output as it is; under 40 characters it stays plain text for the parser too. */
    private static final int MAX_EDGE = 39;
    private static final String LINE_FEED = "\n";

    /**
     * What differs between the released layouts.
     *
     * @param versions       the releases whose layout text (after front matter) this is
     * @param sha256         of that text without the whitespace around it
     * @param endingsWithP   {@code endings: all} removes {@code </p>}, {@code </rt>} and {@code </rp>} too (before 3.0.3)
     * @param lastLineBreak  3.0.1's {@code blanklines}: the last line of text ending in a line feed becomes a line feed
     * @param ignoreAll      {@code ignore.envs: all} turns compression off (3.1.0 on)
     * @param pageSwitch     a page's {@code compress_html: false} turns it off (3.2.0 on)
     */
    record Release(String versions, String sha256, boolean endingsWithP, boolean lastLineBreak, boolean ignoreAll,
                   boolean pageSwitch) {
    }

    static final List<Release> RELEASES = List.of(
            new Release("3.0.0, 3.0.2", "7caaea688ea6cf7fb3843f8d7cb04a35351492439a91ffc6c14e41c2d5c4981d",
                    true, false, false, false),
            new Release("3.0.1", "7174ccb38cbcc37149af8b0d06db75c8672a29fc7b05f53a749d9c4e270eb2f2",
                    true, true, false, false),
            new Release("3.0.3, 3.0.4", "11fa2ee47baabed543b705a8f84b36ea817472accc41bc5c1703eba80ad533ea",
                    false, false, false, false),
            new Release("3.1.0", "813e86a1a6cff9076a465d3862c368624f384aea49122ad98bd4a348041540f6",
                    false, false, true, false),
            new Release("3.2.0, 3.2.1", "5acc185d642e996d7e034cb3cc8af2d9461879ee751dc68f9fbf57c1e4a4dac6",
                    false, false, true, true));

    private static final List<String> ENDINGS_WITH_P = List.of("html", "head", "body", "li", "dt", "dd", "p", "rt", "rp",
            "optgroup", "option", "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th");
    private static final List<String> ENDINGS = ENDINGS_WITH_P.stream()
            .filter(e -> !e.equals("p") && !e.equals("rt") && !e.equals("rp")).toList();
    private static final List<String> CLIPPINGS = List.of(("html head title base link meta style body article section"
            + " nav aside h1 h2 h3 h4 h5 h6 hgroup header footer address p hr blockquote ol ul li dl dt dd figure"
            + " figcaption main div table caption colgroup col tbody thead tfoot tr td th").split(" "));
    private static final List<String> ALL_COMMENTS = List.of("<!--", "-->");

    private final Release release;
    private final String before;
    private final String after;

    private CompressHtmlLayout(Release release, String before, String after) {
        this.release = release;
        this.before = before;
        this.after = after;
    }

    /**
     * The layout, if {@code body} (a layout file's text after its front matter) is a released
     * version's. Tolerated: only spaces, tabs and line breaks before and after the Liquid (the
     * released file has one line feed on either side), which Liquid outputs as they are.
     */
    static Optional<CompressHtmlLayout> of(String body) {
        int start = 0;
        while (start < body.length() && isBlank(body.charAt(start))) {
            start++;
        }
        int end = body.length();
        while (end > start && isBlank(body.charAt(end - 1))) {
            end--;
        }
        if (start > MAX_EDGE || body.length() - end > MAX_EDGE || !body.startsWith("{% capture _LINE_FEED %}", start)) {
            return Optional.empty();
        }
        String digest = sha256(body.substring(start, end));
        String before = body.substring(0, start);
        String after = body.substring(end);
        return RELEASES.stream().filter(r -> r.sha256().equals(digest)).findFirst()
                .map(r -> new CompressHtmlLayout(r, before, after));
    }

    /**
     * The layout of {@code release} as a released file reads (the blank line after its front
     * matter is not part of it; a line feed ends it): for tests, which cannot hold the released
     * files themselves.
     */
    static CompressHtmlLayout of(Release release) {
        return new CompressHtmlLayout(release, "", "\n");
    }

    Release release() {
        return release;
    }

    /**
     * What Liquid renders for this layout, or empty when the options or the page are ones only
     * Liquid renders exactly (see the class comment).
     *
     * @param site  {@code site}, read as Liquid reads it (so reads are recorded alike)
     * @param page  {@code page}
     * @param extra the other top-level variables ({@code jekyll})
     */
    Optional<String> render(Map<String, Object> site, Map<String, Object> page, String content,
                            Map<String, Object> extra, LiquidLimits limits) {
        Object options = site.get("compress_html");
        if (options != null && !(options instanceof Map)) {
            return Optional.empty();
        }
        Map<?, ?> o = options == null ? Map.of() : (Map<?, ?>) options;
        Boolean ignored = ignored(o, extra, page);
        Optional<Settings> settings = settings(o);
        if (ignored == null || settings.isEmpty() || !withinLimits(content, settings.get(), limits)) {
            return Optional.empty();
        }
        return Optional.of(before + (ignored ? content : compress(content, settings.get())) + after);
    }

    /** The options as the layout uses them; empty when one has a value whose Liquid meaning is not certain. */
    private record Settings(List<String> endings, List<String> startings, List<String> comments, boolean blanklines,
                            List<String> clippings) {
    }

    private Optional<Settings> settings(Map<?, ?> o) {
        List<String> endings = "all".equals(o.get("endings")) ? (release.endingsWithP() ? ENDINGS_WITH_P : ENDINGS)
                : strings(o.get("endings"));
        List<String> startings = strings(o.get("startings"));
        List<String> clippings = "all".equals(o.get("clippings")) ? CLIPPINGS : strings(o.get("clippings"));
        Object commentsValue = o.get("comments");
        List<String> comments = "all".equals(commentsValue) ? ALL_COMMENTS : null;
        if (comments == null && commentsValue instanceof List<?> list) {
            // Any list but a pair is skipped by the layout, whatever is in it.
            comments = list.size() != 2 ? List.of() : strings(list);
            if (comments != null && comments.stream().anyMatch(String::isEmpty)) {
                comments = null; // an empty delimiter splits into characters: left to Liquid
            }
        } else if (comments == null && commentsValue == null) {
            comments = List.of();
        }
        Object blanklines = o.get("blanklines");
        Object profile = o.get("profile");
        boolean clippingsSplit = clippings != null && clippings.stream().anyMatch(c -> c.contains(";"));
        if (endings == null || startings == null || clippings == null || comments == null || clippingsSplit
                || !(blanklines == null || blanklines instanceof Boolean)
                || !(profile == null || Boolean.FALSE.equals(profile))) {
            return Optional.empty();
        }
        return Optional.of(new Settings(endings, startings, comments, Boolean.TRUE.equals(blanklines), clippings));
    }

    /**
     * Whether the layout outputs the page as it is: {@code ignore.envs} names the environment (or
     * is "all", or the page says {@code compress_html: false}, where the release knows them);
     * null when a value's Liquid meaning is not certain.
     */
    private Boolean ignored(Map<?, ?> o, Map<String, Object> extra, Map<String, Object> page) {
        Object ignore = o.get("ignore");
        if (ignore != null && !(ignore instanceof Map)) {
            return null;
        }
        Object envs = ignore == null ? null : ((Map<?, ?>) ignore).get("envs");
        Object jekyll = extra.get("jekyll");
        if (jekyll != null && !(jekyll instanceof Map)) {
            return null;
        }
        Object environment = jekyll == null ? null : ((Map<?, ?>) jekyll).get("environment");
        if (environment != null && !(environment instanceof String)) {
            return null;
        }
        if (envs instanceof String text) {
            if (environment == null) {
                return null; // a string "contains" nil as Liqp reads it: not worth guessing
            }
            if (text.contains((String) environment) || (release.ignoreAll() && text.equals("all"))) {
                return true;
            }
        } else if (envs instanceof List<?> list) {
            List<String> names = strings(list);
            if (names == null) {
                return null;
            }
            if (environment != null && names.contains(environment)) {
                return true;
            }
        } else if (envs != null) {
            return null;
        }
        if (release.pageSwitch()) {
            Object own = page.get("compress_html");
            if (own != null && !(own instanceof Boolean)) {
                return null;
            }
            return Boolean.FALSE.equals(own);
        }
        return false;
    }

    /** A list of strings as it is, nothing as an empty list, anything else null. */
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String s)) {
                return null;
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /**
     * Whether Liquid could reach none of the page's render limits on this content: every string
     * it makes is at most a few characters longer than the content, every array and the sum of
     * all loops' iterations at most a few times its length (each split piece or line is at least
     * one character). Beyond that Liquid renders, so a page fails or passes as it always did.
     */
    private static boolean withinLimits(String content, Settings s, LiquidLimits limits) {
        long length = content.length() + 16L;
        long loops = s.endings().size() + s.startings().size() + s.clippings().size();
        return length <= limits.maxOutputChars() && 3 * length + loops <= limits.maxIterations();
    }

    private String compress(String content, Settings s) {
        String html = content;
        for (String element : s.endings()) {
            html = html.replace("</" + element + ">", "");
        }
        for (String element : s.startings()) {
            html = html.replace("<" + element + ">", "");
        }
        if (s.comments().size() == 2) {
            html = removeComments(html, s.comments().get(0), s.comments().get(1));
        }
        html = outsidePre(html, s.blanklines());
        return clip(html, s.clippings());
    }

    /**
     * The clippings: for each element in turn, {@code " <e"}, {@code " </e>"} and {@code "</e> "}
     * lose their space, everywhere. Done as written that is three passes over the page per
     * element (150 for "all"); here it is one. Each of those replacements takes one space out of
     * a run of spaces, next to a tag whose text does not change, so a run loses one space for
     * each replacement whose text stands at it: one per element that begins the name of a
     * {@code <tag} after the run, or is the name of a {@code </tag>} after it or before it, until
     * the run is gone. That holds for elements of letters and digits; for any other the
     * replacements are made one by one, as the layout makes them.
     */
    private static String clip(String html, List<String> clippings) {
        if (!clippings.stream().allMatch(CompressHtmlLayout::isTagName)) {
            String text = html;
            for (String e : clippings) {
                text = text.replace(" <" + e, "<" + e)
                        .replace(" </" + e + ">", "</" + e + ">")
                        .replace("</" + e + "> ", "</" + e + ">");
            }
            return text;
        }
        if (clippings.isEmpty()) {
            return html;
        }
        Map<String, Integer> times = new java.util.HashMap<>();
        clippings.forEach(e -> times.merge(e, 1, Integer::sum));
        int longest = clippings.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int copied = 0;
        for (int at = html.indexOf(' '); at >= 0; at = html.indexOf(' ', at)) {
            int end = at;
            while (end < n && html.charAt(end) == ' ') {
                end++;
            }
            int matches = closedBefore(html, at, longest, times) + tagAfter(html, end, longest, times);
            int removed = Math.min(end - at, matches);
            if (removed > 0) {
                out.append(html, copied, at).append(" ".repeat(end - at - removed));
                copied = end;
            }
            at = end;
        }
        return copied == 0 ? html : out.append(html, copied, n).toString();
    }

    /** How many clipping elements {@code e} have {@code "</e>"} end right before {@code at}. */
    private static int closedBefore(String html, int at, int longest, Map<String, Integer> times) {
        if (at < 4 || html.charAt(at - 1) != '>') {
            return 0;
        }
        int start = at - 1;
        while (start > 0 && at - 1 - start < longest && isLetterOrDigit(html.charAt(start - 1))) {
            start--;
        }
        if (start == at - 1 || start < 2 || html.charAt(start - 1) != '/' || html.charAt(start - 2) != '<') {
            return 0;
        }
        return times.getOrDefault(html.substring(start, at - 1), 0);
    }

    /**
     * How many clipping elements {@code e} stand in a tag starting at {@code at}: as {@code "</e>"},
     * or as the beginning of the name in {@code "<name"}.
     */
    private static int tagAfter(String html, int at, int longest, Map<String, Integer> times) {
        int n = html.length();
        if (at + 1 >= n || html.charAt(at) != '<') {
            return 0;
        }
        boolean closing = html.charAt(at + 1) == '/';
        int start = closing ? at + 2 : at + 1;
        int end = start;
        while (end < n && end - start <= longest && isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        if (closing) {
            return end < n && html.charAt(end) == '>' ? times.getOrDefault(html.substring(start, end), 0) : 0;
        }
        int count = 0;
        for (int length = 1; length <= Math.min(longest, end - start); length++) {
            count += times.getOrDefault(html.substring(start, start + length), 0);
        }
        return count;
    }

    private static boolean isTagName(String element) {
        return !element.isEmpty() && element.chars().allMatch(CompressHtmlLayout::isLetterOrDigit);
    }

    private static boolean isLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * The layout's comment removal, step by step as its Liquid does it: each piece after an
     * opening delimiter, up to its closing one (or into the next piece, "carried"), is removed
     * once from the text as it is by then.
     */
    private static String removeComments(String html, String open, String close) {
        List<String> befores = Split.split("." + html, open);
        boolean carry = false;
        // removed in place: a copy of the page per comment made long pages quadratic in garbage
        StringBuilder text = new StringBuilder(html);
        for (int i = 1; i < befores.size(); i++) {
            String outside = (carry ? open : "") + befores.get(i);
            List<String> parts = Split.split(outside, close);
            boolean closed = outside.contains(close);
            String comment = (carry ? "" : open) + (parts.isEmpty() ? "" : parts.get(0)) + (closed ? close : "");
            carry = !closed;
            int at = text.indexOf(comment);
            if (at >= 0 && !comment.isEmpty()) {
                text.delete(at, at + comment.length());
            }
        }
        return text.toString();
    }

    /**
     * The layout's "collapse whitespace outside of pre": the text is split on {@code <pre}, each
     * piece on {@code </pre>}; a piece's first part is kept as a pre block when it has one, its
     * last part has its spaces (or, with blanklines, its empty lines) dealt with, and parts in
     * between are dropped, as in the Liquid.
     */
    private String outsidePre(String html, boolean blanklines) {
        List<String> pieces = Split.split(html, "<pre");
        StringBuilder out = new StringBuilder(html.length() + 8);
        for (int k = 0; k < pieces.size(); k++) {
            String piece = pieces.get(k);
            List<String> pres = Split.split(piece, "</pre>");
            String after = "";
            if (!pres.isEmpty()) {
                String last = pres.get(pres.size() - 1);
                after = blanklines ? withoutBlankLines(last, k == pieces.size() - 1) : spacesJoined(last);
            }
            boolean closes = piece.contains("</pre>");
            if (closes) {
                // _pres.first: nil, so nothing, when the piece is "</pre>" and blanks
                out.append("<pre").append(pres.isEmpty() ? "" : pres.get(0)).append("</pre>");
            }
            if (!(closes && pres.size() == 1)) {
                out.append(after);
            }
        }
        return out.toString();
    }

    /**
     * {@code text | split: " " | join: " "}: runs of whitespace as one space, none at either end
     * (what the split and join give, in one pass instead of a string per word).
     */
    static String spacesJoined(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            while (i < n && RubySpace.is(text.charAt(i))) {
                i++;
            }
            int word = i;
            while (i < n && !RubySpace.is(text.charAt(i))) {
                i++;
            }
            if (word < i) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(text, word, i); // a word at a time: one copy, not a call per character
            }
        }
        return out.toString();
    }

    /** The blanklines branch: lines that are empty (after {@link #spacesJoined}) are dropped, but for the last. */
    private String withoutBlankLines(String text, boolean lastPiece) {
        List<String> lines = Split.split(text, LINE_FEED);
        boolean endsWithLineFeed = text.endsWith(LINE_FEED);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean last = i == lines.size() - 1;
            if (release.lastLineBreak() && last && endsWithLineFeed) {
                if (!lastPiece) {
                    out.append(LINE_FEED);
                }
                continue;
            }
            if (!spacesJoined(line).isEmpty() || last) {
                if (i != 0) {
                    out.append(LINE_FEED);
                }
                out.append(line);
            }
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
