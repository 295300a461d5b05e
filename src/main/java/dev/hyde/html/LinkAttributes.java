package dev.hyde.html;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Which attributes of which elements hold URLs, and how to read the URLs out of them. */
final class LinkAttributes {
    private static final Map<String, Set<String>> BY_ELEMENT = Map.ofEntries(
            Map.entry("a", Set.of("href", "xlink:href")),
            Map.entry("area", Set.of("href")),
            Map.entry("link", Set.of("href")),
            Map.entry("script", Set.of("src")),
            Map.entry("img", Set.of("src", "srcset")),
            Map.entry("source", Set.of("src", "srcset")),
            Map.entry("video", Set.of("src", "poster")),
            Map.entry("audio", Set.of("src")),
            Map.entry("track", Set.of("src")),
            Map.entry("iframe", Set.of("src")),
            Map.entry("embed", Set.of("src")),
            Map.entry("object", Set.of("data")),
            Map.entry("form", Set.of("action")),
            Map.entry("input", Set.of("src")),
            Map.entry("use", Set.of("href", "xlink:href")),
            Map.entry("image", Set.of("href", "xlink:href")));

    /**
     * One URL of an attribute's value.
     *
     * @param value        decoded and trimmed
     * @param written      as written
     * @param writtenStart where {@code written} starts in the attribute's written value
     */
    record Url(String value, String written, int writtenStart) {
    }

    private LinkAttributes() {
    }

    /** Whether any attribute of this element can hold a URL. */
    static boolean mayHoldUrls(String tag) {
        return tag.equals("meta") || BY_ELEMENT.containsKey(tag);
    }

    /**
     * @param attributeValue the element's other attributes by name (decoded; empty when absent): a meta
     *                       refresh and a link's rel depend on them
     */
    static boolean holdsUrl(String tag, String attribute, UnaryOperator<String> attributeValue) {
        if (tag.equals("meta")) {
            return attribute.equals("content") && attributeValue.apply("http-equiv").equalsIgnoreCase("refresh");
        }
        if (tag.equals("link") && namesAnOrigin(attributeValue.apply("rel"))) {
            return false;
        }
        Set<String> attributes = BY_ELEMENT.get(tag);
        return attributes != null && attributes.contains(attribute);
    }

    /** A {@code <link rel=preconnect>} or {@code dns-prefetch} names a server to warm up, not a resource to fetch. */
    private static boolean namesAnOrigin(String rels) {
        for (String rel : rels.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (rel.equals("preconnect") || rel.equals("dns-prefetch")) {
                return true;
            }
        }
        return false;
    }

    /** The URLs of one attribute: one, or a list for {@code srcset}, or the target of a refresh. */
    static List<Url> urls(String attribute, String written) {
        return switch (attribute) {
            case "srcset" -> srcset(written);
            case "content" -> refresh(written);
            default -> List.of(trimmed(written, 0, written.length()));
        };
    }

    /** {@code a.png 1x, b.png 2x}: each candidate's URL runs to the next space; a trailing comma ends it too. */
    private static List<Url> srcset(String written) {
        List<Url> urls = new ArrayList<>();
        int i = 0;
        int n = written.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(written.charAt(i)) || written.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(written.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && written.charAt(end - 1) == ',') {
                end--;
            }
            if (end > start) {
                urls.add(trimmed(written, start, end));
            }
            // The descriptor ("2x", "480w") runs to the next comma.
            while (i < n && written.charAt(i) != ',') {
                i++;
            }
        }
        return urls;
    }

    /** {@code 0; url=/new/}: the URL after {@code url=}, quotes removed. */
    private static List<Url> refresh(String written) {
        int at = written.toLowerCase(Locale.ROOT).indexOf("url");
        if (at < 0) {
            return List.of();
        }
        int i = at + 3;
        while (i < written.length() && Character.isWhitespace(written.charAt(i))) {
            i++;
        }
        if (i >= written.length() || written.charAt(i) != '=') {
            return List.of();
        }
        i++;
        while (i < written.length() && Character.isWhitespace(written.charAt(i))) {
            i++;
        }
        int end = written.length();
        if (i < end && (written.charAt(i) == '\'' || written.charAt(i) == '"')) {
            char quote = written.charAt(i++);
            int close = written.indexOf(quote, i);
            end = close < 0 ? end : close;
        }
        return List.of(trimmed(written, i, end));
    }

    private static Url trimmed(String written, int start, int end) {
        while (start < end && Character.isWhitespace(written.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(written.charAt(end - 1))) {
            end--;
        }
        String text = written.substring(start, end);
        return new Url(Parser.unescapeEntities(text, true), text, start);
    }
}
