package dev.hyde.plugins;

import dev.hyde.model.Page;
import dev.hyde.model.Site;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jekyll-feed: an Atom feed of the newest posts at {@code feed.xml}, unless the site writes its
 * own file there.
 */
public final class Feeds {
    public static final String PLUGIN = "jekyll-feed";
    private static final int LIMIT = 10;

    private Feeds() {
    }

    /**
     * @param jekyllSite whether the site is a Jekyll site, whose feed names Jekyll as its generator, as
     *                   the feed Jekyll wrote did; a Hyde project's names Hyde and its version
     * @param excerpts   rendered excerpts of posts by content path, used as entry summaries
     */
    public static Optional<GeneratedFile> file(Site site, boolean jekyllSite, Map<String, String> content,
                                               Map<String, String> excerpts) {
        if (!site.config().hasPlugin(PLUGIN) || hasOwn(site, "feed.xml")) {
            return Optional.empty();
        }
        String base = site.config().url() + site.config().baseurl();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        List<Page> posts = site.pages().stream().filter(p -> p.collection().equals("posts"))
                .sorted(Comparator.comparing((Page p) -> p.date().orElse(site.config().time()).toInstant()).reversed())
                .limit(LIMIT).toList();
        XmlFile xml = new XmlFile().open("feed", "http://www.w3.org/2005/Atom");
        if (jekyllSite) {
            xml.open("generator").attribute("uri", "https://jekyllrb.com/").attribute("version", "4.3.1").text("Jekyll");
        } else {
            xml.open("generator").attribute("version", dev.hyde.about.Versions.hyde()).text("Hyde");
        }
        xml.close()
                .open("link").attribute("href", base + "/feed.xml").attribute("rel", "self")
                .attribute("type", "application/atom+xml").close()
                .open("link").attribute("href", base + "/").attribute("rel", "alternate")
                .attribute("type", "text/html").close()
                .element("updated", site.config().time().format(iso))
                .element("id", base + "/feed.xml")
                .open("title").attribute("type", "html").text(site.config().title()).close();
        for (Page post : posts) {
            String url = base + post.url();
            String date = post.date().orElse(site.config().time()).format(iso);
            String title = post.frontMatter().title();
            xml.open("entry")
                    .open("title").attribute("type", "html").text(title).close()
                    .open("link").attribute("href", url).attribute("rel", "alternate").attribute("type", "text/html")
                    .attribute("title", title).close()
                    .element("published", date).element("updated", date).element("id", url)
                    .open("content").attribute("type", "html").attribute("xml:base", url)
                    .text(content.getOrDefault(post.contentPath(), "")).close();
            String summary = excerpts.get(post.contentPath());
            if (summary != null) {
                xml.open("summary").attribute("type", "html").text(summary.strip()).close();
            }
            xml.close();
        }
        return Optional.of(new GeneratedFile("feed.xml", PLUGIN, xml.finish()));
    }

    /** True when a page or file of the site itself is published at {@code outputPath}. */
    /** True when a page or static file of the site is written to {@code outputPath}. */
    public static boolean hasOwn(Site site, String outputPath) {
        return site.pages().stream().anyMatch(p -> p.written() && p.outputPath().equals(outputPath))
                || site.staticFiles().stream().anyMatch(f -> f.outputPath().equals(outputPath));
    }
}
