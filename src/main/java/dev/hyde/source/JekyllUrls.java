package dev.hyde.source;

import dev.hyde.config.CollectionConfig;
import dev.hyde.config.PermalinkStyle;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where Jekyll publishes a page or a document: its URL from the permalink (the page's own, the
 * collection's, or the site's style) with placeholders filled in, and its file, which is the URL
 * with {@code index.html} added to a folder and the output extension added where missing.
 */
final class JekyllUrls {
    private static final String POST_DATE = "/:categories/:year/:month/:day/:title:output_ext";
    private static final String POST_PRETTY = "/:categories/:year/:month/:day/:title/";
    private static final String DOCUMENT = "/:collection/:path:output_ext";

    private JekyllUrls() {
    }

    /**
     * A plain page.
     *
     * @param relativePath below the site root ({@code about/index.md})
     */
    static Permalinks.Route page(String relativePath, String permalink, PermalinkStyle style, String outputExt,
                                 String shownAs, int line) {
        int slash = relativePath.lastIndexOf('/');
        String dir = slash < 0 ? "" : relativePath.substring(0, slash);
        String file = relativePath.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String basename = dot > 0 ? file.substring(0, dot) : file;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("path", dir.isEmpty() ? "" : "/" + dir);
        values.put("basename", basename);
        values.put("output_ext", outputExt);
        String template;
        if (!permalink.isEmpty()) {
            template = permalink;
        } else if (basename.equals("index") && outputExt.equals(".html")) {
            template = "/:path/";
        } else if (style == PermalinkStyle.PRETTY && outputExt.equals(".html")) {
            template = "/:path/:basename/";
        } else {
            template = "/:path/:basename:output_ext";
        }
        return route(fill(template, values), outputExt, shownAs, line);
    }

    /**
     * A document of a collection.
     *
     * @param inCollection its path below the collection's folder ({@code concepts/index.md})
     * @param slug         a post's title part of the file name, else the base name
     */
    static Permalinks.Route document(CollectionConfig collection, String inCollection, String permalink,
                                     PermalinkStyle style, String outputExt, Optional<ZonedDateTime> date,
                                     String slug, String categories, String shownAs, int line) {
        int dot = inCollection.lastIndexOf('.');
        String path = dot > 0 ? inCollection.substring(0, dot) : inCollection;
        String name = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("collection", collection.label());
        values.put("path", path);
        values.put("name", name);
        values.put("title", slug);
        values.put("slug", slug);
        values.put("categories", categories);
        values.put("output_ext", outputExt);
        date.ifPresent(d -> {
            values.put("year", String.format("%04d", d.getYear()));
            values.put("month", String.format("%02d", d.getMonthValue()));
            values.put("i_month", String.valueOf(d.getMonthValue()));
            values.put("day", String.format("%02d", d.getDayOfMonth()));
            values.put("i_day", String.valueOf(d.getDayOfMonth()));
            values.put("short_year", String.format("%02d", d.getYear() % 100));
            values.put("hour", String.format("%02d", d.getHour()));
            values.put("minute", String.format("%02d", d.getMinute()));
            values.put("second", String.format("%02d", d.getSecond()));
        });
        String template;
        if (!permalink.isEmpty()) {
            template = permalink;
        } else if (!collection.permalink().isEmpty() && !collection.label().equals("posts")) {
            template = collection.permalink();
        } else if (collection.label().equals("posts")) {
            // The site's permalink (or the posts collection's own) is a style name or a template.
            template = collection.permalink().contains(":") || collection.permalink().contains("/")
                    ? collection.permalink() : style == PermalinkStyle.PRETTY ? POST_PRETTY : POST_DATE;
        } else {
            template = DOCUMENT;
        }
        return route(fill(template, values), outputExt, shownAs, line);
    }

    private static Permalinks.Route route(String rawUrl, String outputExt, String shownAs, int line) {
        // Jekyll folds repeated slashes; what is left must still name a place inside the site.
        String url = ("/" + rawUrl).replaceAll("/{2,}", "/");
        PermalinkCheck.check(url, rawUrl, shownAs, line);
        String file = url.substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index";
        }
        if (!outputExt.isEmpty() && !file.endsWith(outputExt)) {
            file = file + outputExt;
        }
        return new Permalinks.Route(url, file);
    }

    /** Replaces {@code :name} placeholders, longest names first so {@code :path} never eats {@code :pathname}. */
    private static String fill(String template, Map<String, String> values) {
        String result = template;
        for (String key : values.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            result = result.replace(":" + key, values.get(key));
        }
        return result;
    }
}
