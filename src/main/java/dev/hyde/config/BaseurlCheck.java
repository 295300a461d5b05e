package dev.hyde.config;

import dev.hyde.diag.Diagnostic;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses a {@code baseurl} that is not a path on the site's own host. {@code baseurl} is put in
 * front of every root-relative link, so {@code //cdn.example} or {@code https://cdn.example} would
 * quietly make every page load its styles and scripts from another host.
 */
final class BaseurlCheck {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String HINT = "'baseurl' is the path the site is served under, such as /docs; "
            + "put the scheme and host in 'url' (url: https://docs.example).";

    private BaseurlCheck() {
    }

    /**
     * @param raw       the value as written
     * @param where     the configuration file and line that set it
     * @param isJekyll  a Jekyll site keeps its value with a warning, as Jekyll itself accepts it and
     *                  Hyde does not rewrite its links; a Hyde project, whose every link it prefixes,
     *                  refuses it
     * @return a diagnostic when the value names a host or is not a plain path
     */
    static Optional<Diagnostic> check(String raw, KeyLocation where, boolean isJekyll) {
        String value = raw.strip();
        String problem;
        if (value.startsWith("//") || value.startsWith("\\\\") || value.startsWith("/\\") || value.startsWith("\\/")) {
            problem = "it starts with '//', which browsers read as another host";
        } else if (SCHEME.matcher(value).find()) {
            problem = "it names a scheme and host, not a path";
        } else if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\' || c == '?' || c == '#'
                || c == '"' || c == '\'' || c == '<' || c == '>' || Character.isWhitespace(c))) {
            problem = "it holds a character that cannot stand in a URL path";
        } else if (value.matches("(^|.*/)\\.\\.?(/.*|$)")) {
            problem = "it holds a '.' or '..' segment";
        } else {
            return Optional.empty();
        }
        Diagnostic.Builder builder = isJekyll ? Diagnostic.warning("Suspicious baseurl") : Diagnostic.error("Unsafe baseurl");
        return Optional.of(builder.at(where.file(), where.line(), where.column())
                .detail("baseurl '%s' is refused: %s.", raw, problem).hint(HINT).build());
    }
}
