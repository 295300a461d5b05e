package dev.hyde.links;

import dev.hyde.html.HtmlLink;

import java.util.List;

/**
 * The links of one page, to check once the whole site is known.
 *
 * @param outputPath the page's file below the site root ({@code guide/index.html})
 * @param location   the path it is served at, base URL included ({@code /docs/guide/})
 * @param base       its {@code <base href>}, or null
 * @param links      its links in document order
 */
public record PageLinks(String outputPath, String location, String base, List<HtmlLink> links) {

    public PageLinks {
        links = List.copyOf(links);
    }

    /** Where a file below the site root is served: a folder's index at the folder's path. */
    public static String location(String outputPath, String baseurl) {
        String path = outputPath.endsWith("/index.html") || outputPath.equals("index.html")
                ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath;
        return baseurl + "/" + path;
    }
}
