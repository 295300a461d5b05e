package dev.hyde.liquid.filters;

import liqp.TemplateContext;
import liqp.filters.Filter;

import java.util.Map;

/**
 * Jekyll's {@code relative_url}: the base URL (without a trailing slash) and the input, each
 * given a leading slash, joined; an absolute URL as it is. {@code "/"} gives {@code "/docs/"},
 * as in Jekyll (Liqp's own gives {@code "/docs"}).
 */
public final class RelativeUrl extends Filter {

    public RelativeUrl() {
        super("relative_url");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (value == null) {
            return null;
        }
        String input = value instanceof Map<?, ?> page && page.get("url") != null ? String.valueOf(page.get("url"))
                : String.valueOf(value);
        if (AbsoluteUrl.isAbsolute(input)) {
            return input;
        }
        Object site = context.get("site");
        Object base = site instanceof Map<?, ?> map ? map.get("baseurl") : null;
        String baseurl = base == null ? "" : String.valueOf(base);
        if (baseurl.endsWith("/")) {
            baseurl = baseurl.substring(0, baseurl.length() - 1);
        }
        // Addressable's normalize, for what pages hold: spaces become %20.
        return (leadingSlash(baseurl) + leadingSlash(input)).replace(" ", "%20");
    }

    private static String leadingSlash(String part) {
        return part.isEmpty() || part.startsWith("/") ? part : "/" + part;
    }
}
