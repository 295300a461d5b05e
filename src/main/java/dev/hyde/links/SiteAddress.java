package dev.hyde.links;

import java.util.Locale;

/**
 * Where a site is published, to tell which written URLs point into it.
 *
 * @param siteUrl the scheme and host it is served from ({@code https://example.org}), empty when unknown
 * @param baseurl the path it is served below ({@code /docs}), empty for the host's root
 */
public record SiteAddress(String siteUrl, String baseurl) {

    public SiteAddress {
        siteUrl = strip(siteUrl == null ? "" : siteUrl);
        baseurl = strip(baseurl == null ? "" : baseurl);
    }

    public static final SiteAddress ROOT = new SiteAddress("", "");

    /** The site's own absolute URL prefix, lower-cased for comparing, or empty when not known. */
    String absolutePrefix() {
        return siteUrl.isEmpty() ? "" : siteUrl.toLowerCase(Locale.ROOT) + baseurl;
    }

    private static String strip(String text) {
        String s = text.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
