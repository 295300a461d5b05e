package dev.hyde.source;

import dev.hyde.config.PermalinkStyle;

/**
 * Decides where a page is published. A URL ending in {@code /} is written as {@code index.html}
 * inside that folder, so any static server serves it.
 */
public final class Permalinks {
    private Permalinks() {
    }

    /** A page's URL and the file it is written to (relative to the site root). */
    public record Route(String url, String outputPath) {
    }

    /**
     * @param contentPath the page's path below content/ ({@code docs/guide.md})
     * @param permalink   the page's {@code permalink} front matter, empty when unset
     * @param outputExt   the extension the page is written with ({@code .html})
     * @param line        the line of the page's {@code permalink} key, for diagnostics
     */
    public static Route route(String contentPath, String permalink, PermalinkStyle style, String outputExt,
                              String shownAs, int line) {
        if (!permalink.isEmpty()) {
            return explicit(permalink, shownAs, line);
        }
        int slash = contentPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : contentPath.substring(0, slash + 1);
        String file = contentPath.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        if (!outputExt.equals(".html")) {
            String path = dir + base + outputExt;
            return new Route("/" + path, path);
        }
        if (base.equals("index")) {
            return new Route("/" + dir, dir + "index.html");
        }
        return switch (style) {
            case PRETTY -> new Route("/" + dir + base + "/", dir + base + "/index.html");
            case NONE -> new Route("/" + dir + base + ".html", dir + base + ".html");
        };
    }

    private static Route explicit(String permalink, String shownAs, int line) {
        String url = permalink.startsWith("/") ? permalink : "/" + permalink;
        PermalinkCheck.check(permalink.startsWith("//") ? permalink : url, permalink, shownAs, line);
        if (url.endsWith("/")) {
            return new Route(url, url.substring(1) + "index.html");
        }
        String last = url.substring(url.lastIndexOf('/') + 1);
        if (!last.contains(".")) {
            // '/faq' is served as a folder by static servers; write it so it works everywhere.
            return new Route(url + "/", url.substring(1) + "/index.html");
        }
        return new Route(url, url.substring(1));
    }
}
