package dev.hyde.config;

import dev.hyde.diag.Diagnostic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's {@code toc_levels}: the heading levels its table of contents lists, set for the site
 * ({@code kramdown: toc_levels:} in {@code _config.yml}) or for one page
 * ({@code {::options toc_levels="2..3" /}}, which wins). Written as kramdown reads it: a range
 * {@code 2..4}, levels separated by commas {@code 1,3}, or a list of levels.
 */
public record TocLevels(Set<Integer> levels) {

    /** kramdown's default: every level. */
    public static final TocLevels ALL = new TocLevels(Set.of(1, 2, 3, 4, 5, 6));

    private static final String KRAMDOWN = "kramdown";
    private static final String KEY = "toc_levels";
    private static final Pattern RANGE = Pattern.compile("(\\d)\\.\\.(\\d)");
    private static final Pattern COMMAS = Pattern.compile("\\d(?:,\\d)*");

    public TocLevels {
        levels = Set.copyOf(levels);
    }

    public boolean lists(int level) {
        return levels.contains(level);
    }

    /** The levels {@code value} names; empty when kramdown would refuse it. */
    public static Optional<TocLevels> parse(Object value) {
        Set<Integer> levels = new TreeSet<>();
        if (value instanceof String text) {
            Matcher range = RANGE.matcher(text.strip());
            if (range.matches()) {
                for (int level = Integer.parseInt(range.group(1)); level <= Integer.parseInt(range.group(2)); level++) {
                    levels.add(level);
                }
            } else if (COMMAS.matcher(text.strip()).matches()) {
                for (String level : text.strip().split(",")) {
                    levels.add(Integer.parseInt(level));
                }
            } else {
                return Optional.empty();
            }
        } else if (value instanceof Collection<?> list) {
            for (Object level : list) {
                if (!(level instanceof Number number) || number.intValue() < 1 || number.intValue() > 6) {
                    return Optional.empty();
                }
                levels.add(number.intValue());
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(new TocLevels(levels));
    }

    /**
     * The site's levels from its configuration ({@code kramdown: toc_levels:}); every level when
     * it names none, empty when the value is not one kramdown reads.
     */
    public static Optional<TocLevels> ofSite(Map<String, Object> config) {
        if (config.get(KRAMDOWN) instanceof Map<?, ?> kramdown && kramdown.containsKey(KEY)) {
            return parse(kramdown.get(KEY));
        }
        return Optional.of(ALL);
    }

    /**
     * A warning at the line that sets the site's levels, when kramdown would refuse them (the
     * tables of contents then list every level).
     *
     * @param layers the configuration files as read; the last that writes {@code kramdown:} sets it
     */
    static Optional<Diagnostic> check(Map<String, Object> config, List<KeyLocation.Layer> layers, String fallback) {
        if (ofSite(config).isPresent()) {
            return Optional.empty();
        }
        KeyLocation at = new KeyLocation(fallback, 0, 0);
        for (int i = layers.size() - 1; i >= 0 && at.line() == 0; i--) {
            KeyLocation.Layer layer = layers.get(i);
            if (KeyLocation.find(layer.file(), layer.text(), KRAMDOWN).line() > 0) {
                at = KeyLocation.findNested(layer.file(), layer.text(), KRAMDOWN, KEY);
            }
        }
        return Optional.of(Diagnostic.warning("kramdown toc_levels not understood").at(at.file(), at.line(), at.column())
                .detail("kramdown.toc_levels is %s; tables of contents list every heading level.",
                        ((Map<?, ?>) config.get(KRAMDOWN)).get(KEY))
                .hint("Give a range (toc_levels: 2..3), levels separated by commas (1,2,3) or a list of "
                        + "levels from 1 to 6.").build());
    }
}
