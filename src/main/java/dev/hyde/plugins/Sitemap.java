package dev.hyde.plugins;

import dev.hyde.model.Page;
import dev.hyde.model.Site;
import org.jsoup.nodes.Entities;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * jekyll-sitemap: {@code sitemap.xml} listing every HTML page and document, unless the site has
 * its own sitemap or a page opts out with {@code sitemap: false}.
 */
public final class Sitemap {
    public static final String PLUGIN = "jekyll-sitemap";

    private Sitemap() {
    }

    public static Optional<GeneratedFile> file(Site site) {
        if (!site.config().hasPlugin(PLUGIN) || Feeds.hasOwn(site, "sitemap.xml")) {
            return Optional.empty();
        }
        String prefix = site.config().url() + site.config().baseurl();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page page : site.pages()) {
            if (!page.written() || !page.isHtmlOutput() || Boolean.FALSE.equals(page.frontMatter().values().get("sitemap"))
                    || page.outputPath().equals("404.html")) {
                continue;
            }
            xml.append("<url>\n<loc>").append(Entities.escape(prefix + page.url())).append("</loc>\n");
            page.date().ifPresent(date -> xml.append("<lastmod>")
                    .append(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("</lastmod>\n"));
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return Optional.of(new GeneratedFile("sitemap.xml", PLUGIN, xml.toString()));
    }
}
