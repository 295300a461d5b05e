package dev.hyde.plugins;

import dev.hyde.model.Page;
import dev.hyde.model.Site;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * jekyll-sitemap (and by default in a Hyde project): {@code sitemap.xml} listing every HTML page and document, unless the site has
 * its own sitemap or a page opts out with {@code sitemap: false}.
 */
public final class Sitemap {
    public static final String PLUGIN = "jekyll-sitemap";
    public static final String PATH = "sitemap.xml";

    private Sitemap() {
    }

    public static Optional<GeneratedFile> file(Site site) {
        return file(site, false);
    }

    /**
     * @param byDefault true in a Hyde project: a sitemap without naming the plugin, when the site
     *                  has a {@code url} (a sitemap lists absolute addresses) and does not set
     *                  {@code sitemap: false}
     */
    public static Optional<GeneratedFile> file(Site site, boolean byDefault) {
        boolean wanted = site.config().hasPlugin(PLUGIN) || (byDefault && !site.config().url().isEmpty()
                && !Boolean.FALSE.equals(site.config().values().get("sitemap")));
        if (!wanted || Feeds.hasOwn(site, "sitemap.xml")) {
            return Optional.empty();
        }
        String prefix = site.config().url() + site.config().baseurl();
        XmlFile xml = new XmlFile().newline().open("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9").newline();
        for (Page page : site.pages()) {
            if (!page.written() || !page.isHtmlOutput() || Boolean.FALSE.equals(page.frontMatter().values().get("sitemap"))
                    || page.outputPath().equals("404.html")) {
                continue;
            }
            xml.open("url").newline().element("loc", prefix + page.url()).newline();
            page.date().ifPresent(date -> xml.element("lastmod", date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .newline());
            xml.close().newline();
        }
        xml.close();
        return Optional.of(new GeneratedFile("sitemap.xml", PLUGIN, xml.finish() + "\n"));
    }
}
