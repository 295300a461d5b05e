package dev.hyde.config;

import java.util.Locale;
import java.util.Optional;

/** How a page's URL is derived from its path when the page sets no {@code permalink}. */
public enum PermalinkStyle {
    /** {@code docs/guide.md} is published at {@code /docs/guide/} as {@code docs/guide/index.html}. */
    PRETTY,
    /** {@code docs/guide.md} is published at {@code /docs/guide.html}. */
    NONE;

    public static Optional<PermalinkStyle> parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pretty" -> Optional.of(PRETTY);
            case "none", "plain" -> Optional.of(NONE);
            default -> Optional.empty();
        };
    }
}
