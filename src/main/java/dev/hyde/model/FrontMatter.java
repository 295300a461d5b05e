package dev.hyde.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A page's front matter. The keys Hyde acts on are typed fields; every key, known or not, stays
 * available to templates through {@link #values()} as {@code page.<key>}.
 *
 * @param title     the page title, empty when unset
 * @param layout    the layout name; empty means "the default layout"
 * @param permalink an explicit output URL, empty when unset
 * @param published false to leave the page out of the site
 * @param draft     true for pages built only with drafts enabled
 * @param order     position in navigation, empty when unset
 * @param values    every key as written, read-only
 * @param layoutLine the file line of the {@code layout} key, 0 when unset (for diagnostics)
 * @param permalinkLine the file line of the page's own {@code permalink} key, 0 when unset
 * @param orderLine the file line of the {@code order} key, 0 when unset
 * @param redirectFromLine the file line of the page's own {@code redirect_from} key, 0 when unset
 */
public record FrontMatter(String title, String layout, String permalink, boolean published,
                          boolean draft, Optional<Integer> order, Map<String, Object> values, int layoutLine,
                          int permalinkLine, int orderLine, int redirectFromLine) {

    public static final FrontMatter EMPTY =
            new FrontMatter("", "", "", true, false, Optional.empty(), Map.of(), 0, 0, 0, 0);

    public FrontMatter {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * False when the page asks for its text to be taken as written, Liquid markup and all
     * ({@code render_with_liquid: false}, as Jekyll 4 reads it): pages that document Liquid.
     */
    public boolean rendersLiquid() {
        return !Boolean.FALSE.equals(values.get("render_with_liquid"));
    }

    /** The page's own {@code excerpt_separator}, which wins over the site's (a post's, in Jekyll). */
    public Optional<String> excerptSeparator() {
        return Optional.ofNullable(values.get("excerpt_separator")).map(String::valueOf);
    }
}
