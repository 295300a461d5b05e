package dev.hyde.liquid.filters;

import liqp.TemplateContext;
import liqp.filters.Filter;

import java.util.Map;

/**
 * Jekyll's {@code absolute_url}: the site's {@code url} in front of the {@code relative_url}
 * (base URL and path); without a {@code url}, the relative URL; an absolute input as it is.
 */
public final class AbsoluteUrl extends Filter {
    private final Filter relativeUrl;

    public AbsoluteUrl(Filter relativeUrl) {
        super("absolute_url");
        this.relativeUrl = relativeUrl;
    }

    /** A URL with a scheme ({@code https:}, {@code mailto:}): Addressable's absolute?. */
    static boolean isAbsolute(String url) {
        return url.matches("(?is)^[a-z][a-z0-9+.-]*:.*");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (value == null) {
            return null;
        }
        String input = value instanceof Map<?, ?> page && page.get("url") != null ? String.valueOf(page.get("url"))
                : String.valueOf(value);
        if (isAbsolute(input)) {
            return input;
        }
        Object relative = relativeUrl.apply(value, context, params);
        Object site = context.get("site");
        Object url = site instanceof Map<?, ?> map ? map.get("url") : null;
        String siteUrl = url == null ? "" : String.valueOf(url);
        if (siteUrl.isEmpty() || siteUrl.equals("/")) {
            return relative;
        }
        return siteUrl.replaceAll("/+$", "") + relative;
    }
}
