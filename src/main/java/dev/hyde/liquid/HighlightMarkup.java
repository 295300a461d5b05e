package dev.hyde.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the markup of {@code {% highlight %}} tags out of a template before Liqp lexes it. Jekyll
 * reads the markup with its own regular expression, so {@code c++} or {@code c#} are languages;
 * Liqp's lexer knows no {@code +} or {@code #} and would refuse the page. Each markup is swapped
 * for its number (with the markup's own line breaks kept, so lines stay right) and handed back to
 * {@link HighlightBlock} when the tree is built.
 */
final class HighlightMarkup {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)(-?%})", Pattern.DOTALL);

    private final String template;
    private final List<String> markups;

    private HighlightMarkup(String template, List<String> markups) {
        this.template = template;
        this.markups = markups;
    }

    static HighlightMarkup of(String source) {
        if (!source.contains(HighlightBlock.NAME)) {
            return new HighlightMarkup(source, List.of());
        }
        Matcher m = TAG.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        List<String> markups = new ArrayList<>();
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
            } else if (name.equals(HighlightBlock.NAME) && !m.group(2).isBlank()) {
                String markup = m.group(2);
                out.append(source, last, m.start(2)).append(' ').append(markups.size());
                markup.chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
                out.append(' ');
                markups.add(markup);
                last = m.end(2);
            }
        }
        return markups.isEmpty() ? new HighlightMarkup(source, List.of())
                : new HighlightMarkup(out.append(source, last, source.length()).toString(), List.copyOf(markups));
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
