package dev.hyde.source;

import dev.hyde.diag.Diagnostic;

import java.util.Locale;

/**
 * The one check every permalink passes before it becomes a file name, for Hyde's and Jekyll's
 * URL rules alike: a permalink names a place inside the site. What a browser or a file system would
 * read as somewhere else ({@code ..}, {@code //host}, a backslash, an encoded dot or slash) or
 * cannot hold (control characters) is refused where the permalink is written.
 */
public final class PermalinkCheck {
    private static final String HINT = "Write a permalink from the site root, e.g. '/guide/'.";

    private PermalinkCheck() {
    }

    /**
     * @param url  the permalink as a URL from the site root ({@code /guide/})
     * @param raw  as written, for the message
     * @param file the page, {@code line} the line of its {@code permalink} key (0 when not its own)
     */
    static void check(String url, String raw, String file, int line) {
        problem(url, raw, "Permalink leaves the site", file, line).ifPresent(d -> {
            throw new dev.hyde.diag.DiagnosticException(d);
        });
    }

    /**
     * The same check for other URLs a page asks to be written at ({@code redirect_from}).
     *
     * @param url a URL from the site root
     */
    public static java.util.Optional<Diagnostic> problem(String url, String raw, String title, String file, int line) {
        String problem = problem(url);
        return problem == null ? java.util.Optional.empty() : java.util.Optional.of(Diagnostic.error(title).at(file, line)
                .detail("'%s' %s.", printable(raw), problem).hint(HINT).build());
    }

    private static String problem(String url) {
        if (url.startsWith("//")) {
            return "starts with '//', which browsers read as another host";
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "contains a control character";
            }
            if (c == '\\') {
                return "contains a backslash, a folder separator on Windows";
            }
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return "contains an encoded dot, slash or backslash, which browsers decode";
        }
        for (String segment : url.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return "contains '" + segment + "'";
            }
        }
        return null;
    }

    private static String printable(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
