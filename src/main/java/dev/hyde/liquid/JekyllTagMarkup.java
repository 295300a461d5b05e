package dev.hyde.liquid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the tags of Jekyll and its plugins that Liqp's grammar cannot take as written, before
 * Liqp lexes the template:
 * <ul>
 *   <li>{@code {% highlight %}}: Jekyll reads the markup with its own regular expression, so
 *   {@code c++} or {@code c#} are languages; Liqp's lexer knows no {@code +} or {@code #} and
 *   would refuse the page. Each markup is swapped for its number (with the markup's own line
 *   breaks kept, so lines stay right) and handed back to {@link HighlightBlock} when the tree is built.</li>
 *   <li>{@code {% include_cached %}} takes what {@code include} takes, which Liqp's grammar parses
 *   only for {@code include}: the tag is renamed {@code include} (padded with spaces, so columns
 *   stay right) and its position remembered, so the tree builder makes it a cached include.</li>
 * </ul>
 */
final class JekyllTagMarkup {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)(-?%})", Pattern.DOTALL);

    static final String INCLUDE_CACHED = "include_cached";
    private static final String AS_INCLUDE = "include" + " ".repeat(INCLUDE_CACHED.length() - "include".length());

    private final String template;
    private final List<String> markups;
    private final Set<Integer> cachedIncludes;

    private JekyllTagMarkup(String template, List<String> markups, Set<Integer> cachedIncludes) {
        this.template = template;
        this.markups = markups;
        this.cachedIncludes = cachedIncludes;
    }

    static JekyllTagMarkup of(String source) {
        return of(source, Set.of());
    }

    /**
     * @param extensionTags the tags of extensions ({@code dev.hyde.extension}), whose markup is
     *                      handed to them as written, like the highlight tag's
     */
    static JekyllTagMarkup of(String source, Set<String> extensionTags) {
        if (!source.contains(HighlightBlock.NAME) && !source.contains(INCLUDE_CACHED)
                && extensionTags.stream().noneMatch(source::contains)) {
            return new JekyllTagMarkup(source, List.of(), Set.of());
        }
        Matcher m = TAG.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        List<String> markups = new ArrayList<>();
        Set<Integer> cached = new HashSet<>();
        String verbatim = null; // inside raw or comment nothing is a tag until its end tag
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            if (verbatim != null) {
                if (name.equals("end" + verbatim)) {
                    verbatim = null;
                }
                continue;
            }
            if (name.equals("raw") || name.equals("comment")) {
                verbatim = name;
            } else if ((name.equals(HighlightBlock.NAME) || extensionTags.contains(name)) && !m.group(2).isBlank()) {
                String markup = m.group(2);
                out.append(source, last, m.start(2)).append(standIn(markup, markups.size()));
                markups.add(markup);
                last = m.end(2);
            } else if (name.equals(INCLUDE_CACHED)) {
                out.append(source, last, m.start(1));
                cached.add(out.length() - (m.start(1) - m.start()));
                out.append(AS_INCLUDE);
                last = m.end(1);
            }
        }
        return markups.isEmpty() && cached.isEmpty() ? new JekyllTagMarkup(source, List.of(), Set.of())
                : new JekyllTagMarkup(out.append(source, last, source.length()).toString(), List.copyOf(markups),
                Set.copyOf(cached));
    }

    /**
     * What stands for a markup in the template Liqp reads: its number, padded with spaces to the
     * markup's length and with its line breaks in place, so that every later offset (and so every
     * line and column reported) stays where it is in the source.
     */
    private static String standIn(String markup, int index) {
        String number = String.valueOf(index);
        char[] out = new char[markup.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = markup.charAt(i) == '\n' ? '\n' : ' ';
        }
        boolean fits = out.length >= number.length() + 2;
        for (int i = 1; fits && i <= number.length(); i++) {
            fits = out[i] == ' ';
        }
        if (!fits) {
            // Too short to hold its number (a one-letter language on a page of ten highlights):
            // later columns on this line move, lines do not.
            StringBuilder longer = new StringBuilder(" ").append(number);
            markup.chars().filter(c -> c == '\n').forEach(c -> longer.append('\n'));
            return longer.append(' ').toString();
        }
        number.getChars(0, number.length(), out, 1);
        return new String(out);
    }

    /** Whether the include tag starting at this offset of {@link #template()} was written {@code include_cached}. */
    boolean isCachedInclude(int offset) {
        return cachedIncludes.contains(offset);
    }

    /** The template to parse. */
    String template() {
        return template;
    }

    /** The markup a tag's parameters stand for: its number, or the parameters themselves when not swapped. */
    String markup(String parameters) {
        String p = parameters.strip();
        if (!markups.isEmpty() && p.matches("\\d{1,9}")) {
            int index = Integer.parseInt(p);
            if (index < markups.size()) {
                return markups.get(index);
            }
        }
        return parameters;
    }
}
