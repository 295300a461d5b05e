package dev.hyde.plugins;

import dev.hyde.model.Page;
import dev.hyde.model.Site;
import org.jsoup.nodes.Entities;

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
     * @param excerpts rendered excerpts of posts by content path, used as entry summaries
     */
    public static Optional<GeneratedFile> file(Site site, Map<String, String> content, Map<String, String> excerpts) {
        if (!site.config().hasPlugin(PLUGIN) || hasOwn(site, "feed.xml")) {
            return Optional.empty();
        }
        String base = site.config().url() + site.config().baseurl();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        List<Page> posts = site.pages().stream().filter(p -> p.collection().equals("posts"))
                .sorted(Comparator.comparing((Page p) -> p.date().orElse(site.config().time()).toInstant()).reversed())
                .limit(LIMIT).toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .append("<generator uri=\"https://jekyllrb.com/\" version=\"4.3.1\">Jekyll</generator>")
                .append("<link href=\"").append(esc(base + "/feed.xml")).append("\" rel=\"self\" type=\"application/atom+xml\" />")
                .append("<link href=\"").append(esc(base + "/")).append("\" rel=\"alternate\" type=\"text/html\" />")
                .append("<updated>").append(site.config().time().format(iso)).append("</updated>")
                .append("<id>").append(esc(base + "/feed.xml")).append("</id>")
                .append("<title type=\"html\">").append(esc(site.config().title())).append("</title>");
        for (Page post : posts) {
            String url = base + post.url();
            String date = post.date().orElse(site.config().time()).format(iso);
            xml.append("<entry><title type=\"html\">").append(esc(post.frontMatter().title())).append("</title>")
                    .append("<link href=\"").append(esc(url)).append("\" rel=\"alternate\" type=\"text/html\" title=\"")
                    .append(esc(post.frontMatter().title())).append("\" />")
                    .append("<published>").append(date).append("</published><updated>").append(date).append("</updated>")
                    .append("<id>").append(esc(url)).append("</id>")
                    .append("<content type=\"html\" xml:base=\"").append(esc(url)).append("\">")
                    .append(esc(content.getOrDefault(post.contentPath(), ""))).append("</content>");
            String summary = excerpts.get(post.contentPath());
            if (summary != null) {
                xml.append("<summary type=\"html\">").append(esc(summary.strip())).append("</summary>");
            }
            xml.append("</entry>");
        }
        xml.append("</feed>");
        return Optional.of(new GeneratedFile("feed.xml", PLUGIN, xml.toString()));
    }

    /** True when a page or file of the site itself is published at {@code outputPath}. */
    static boolean hasOwn(Site site, String outputPath) {
        return site.pages().stream().anyMatch(p -> p.written() && p.outputPath().equals(outputPath))
                || site.staticFiles().stream().anyMatch(f -> f.outputPath().equals(outputPath));
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
