package dev.hyde.links;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the source line that wrote a link of a rendered page.
 *
 * <p>A page's HTML passes through Liquid, Hyde's kramdown compatibility passes, the Markdown
 * renderer, the layouts and the post-processing, and each may move text; following offsets
 * through all of them would tie every stage to the check. A URL, however, passes through
 * unchanged: the renderers copy a link's destination into the attribute as written. So the
 * locator looks for the URL as written in the sources that made the page, in the order they
 * wrap it (the page's body, the includes it used, its layouts, the data and configuration it
 * read), as a whole URL (not inside a longer one, nor in Markdown code), and takes the n-th occurrence for the n-th
 * such link of the page. A URL put together by Liquid from variables is not found; the report
 * then names the page without a line.
 */
public final class SourceLocator {
    private SourceLocator() {
    }

    /**
     * @param sources    where to look, in order
     * @param forms      the ways the URL may be written, most specific first (entities as in HTML,
     *                   decoded, without the base URL ...)
     * @param occurrence which of the page's links with this URL this is (0 for the first)
     */
    public static Optional<SourceLocation> locate(List<SourceText> sources, List<String> forms, int occurrence) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String form : forms) {
            if (form != null && form.length() > 1) {
                distinct.add(form);
            }
        }
        List<SourceLocation> found = new ArrayList<>();
        for (SourceText source : sources) {
            boolean[] code = source.file().endsWith(".md") || source.file().endsWith(".markdown")
                    ? MarkdownCode.mask(source.text()) : null;
            for (String form : distinct) {
                List<Integer> offsets = occurrences(source.text(), form);
                if (code != null) {
                    // A URL shown in code is no link: a link of the page cannot come from there.
                    offsets.removeIf(offset -> code[offset]);
                }
                if (!offsets.isEmpty()) {
                    for (int offset : offsets) {
                        found.add(position(source, offset));
                    }
                    break;
                }
            }
            if (found.size() > occurrence) {
                break;
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(found.get(Math.min(occurrence, found.size() - 1)));
    }

    /** Where {@code url} occurs in {@code text} as a whole URL, not as part of a longer one. */
    private static List<Integer> occurrences(String text, String url) {
        List<Integer> offsets = new ArrayList<>();
        for (int at = text.indexOf(url); at >= 0; at = text.indexOf(url, at + 1)) {
            boolean startsUrl = at == 0 || !continuesUrl(text.charAt(at - 1));
            int end = at + url.length();
            boolean endsUrl = end == text.length() || !continuesUrl(text.charAt(end));
            if (startsUrl && endsUrl) {
                offsets.add(at);
            }
        }
        return offsets;
    }

    private static boolean continuesUrl(char c) {
        return Character.isLetterOrDigit(c) || "-_.~/%#?&=+".indexOf(c) >= 0;
    }

    private static SourceLocation position(SourceText source, int offset) {
        int line = source.firstLine();
        int lineStart = 0;
        String text = source.text();
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new SourceLocation(source.file(), line, offset - lineStart + 1);
    }
}
