package dev.hyde.markdown;

import java.util.Collection;
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
record TocLevels(Set<Integer> levels) {

    /** kramdown's default: every level. */
    static final TocLevels ALL = new TocLevels(Set.of(1, 2, 3, 4, 5, 6));

    private static final Pattern RANGE = Pattern.compile("(\\d)\\.\\.(\\d)");
    private static final Pattern COMMAS = Pattern.compile("\\d(?:,\\d)*");

    TocLevels {
        levels = Set.copyOf(levels);
    }

    boolean lists(int level) {
        return levels.contains(level);
    }

    /** The levels {@code value} names; empty when kramdown would refuse it. */
    static Optional<TocLevels> parse(Object value) {
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
    static Optional<TocLevels> ofSite(Map<String, Object> config) {
        if (config.get("kramdown") instanceof Map<?, ?> kramdown && kramdown.containsKey("toc_levels")) {
            return parse(kramdown.get("toc_levels"));
        }
        return Optional.of(ALL);
    }
}
