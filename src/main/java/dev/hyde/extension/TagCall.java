package dev.hyde.extension;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One use of a tag: what was written after its name and the variables in scope where it was used.
 *
 * @param markup    the text after the tag's name, trimmed ({@code "dQw4w9WgXcQ width=560"})
 * @param variables looks up a variable by its dotted name ({@code page.title},
 *                  {@code site.data.team.lead}, a loop variable)
 */
public record TagCall(String markup, Function<String, Object> variables) {

    /** A variable's value, if it is set. */
    public Optional<Object> variable(String dottedName) {
        return Optional.ofNullable(variables.apply(dottedName));
    }

    /** {@code page}: the page being rendered, as its templates see it. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> page() {
        return variable("page").filter(Map.class::isInstance).map(p -> (Map<String, Object>) p).orElse(Map.of());
    }

    /** {@code site}: the site, as templates see it. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> site() {
        return variable("site").filter(Map.class::isInstance).map(s -> (Map<String, Object>) s).orElse(Map.of());
    }
}
