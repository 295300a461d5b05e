package dev.hyde.config;

import java.util.Locale;
import java.util.Optional;

/** How a page's URL is derived from its path when the page sets no {@code permalink}. */
public enum PermalinkStyle {
    /** {@code docs/guide.md} is published at {@code /docs/guide/} as {@code docs/guide/index.html}. */
    PRETTY,
    /** {@code docs/guide.md} is published at {@code /docs/guide.html}. */
    NONE;

    /** Hyde's and Jekyll's style names; Jekyll's {@code date} and {@code ordinal} style pages like {@code none}. */
    public static Optional<PermalinkStyle> parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pretty" -> Optional.of(PRETTY);
            case "none", "plain", "date", "ordinal", "weekdate" -> Optional.of(NONE);
            default -> name.startsWith("/") ? Optional.of(name.endsWith("/") ? PRETTY : NONE) : Optional.empty();
        };
    }
}
