package dev.hyde.liquid;

import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;
import org.jsoup.nodes.Entities;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * jekyll-seo-tag's {@code {% seo %}}: the page title, description, canonical URL, Open Graph and
 * Twitter tags and a JSON-LD block, from {@code page} and {@code site} as the plugin reads them.
 * {@code {% seo title=false %}} leaves the title element out.
 */
final class SeoTag extends Tag {

    /** Renders Markdown, as the plugin's markdownify does to every string it shows (typographic quotes ...). */
    private final java.util.function.UnaryOperator<String> markdown;

    SeoTag(java.util.function.UnaryOperator<String> markdown) {
        super("seo");
        this.markdown = markdown;
    }

    /** The plugin's format_string: markdownify, strip_html, normalize_whitespace (escaping comes at output). */
    private String format(String text) {
        if (text.isBlank()) {
            return "";
        }
        return org.jsoup.parser.Parser.unescapeEntities(plain(markdown.apply(text)), false);
    }

    /** What made the page: Jekyll 4.3.1 in a Jekyll site, as the plugin wrote; Hyde and its version in a Hyde project. */
    private static String generator(TemplateContext context) {
        Object hyde = ContextValues.map(context.get("hyde")).get("version");
        return hyde == null ? "Jekyll v4.3.1" : "Hyde v" + hyde;
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        Map<?, ?> page = ContextValues.map(context.get("page"));
        Map<?, ?> site = ContextValues.map(context.get("site"));
        boolean withTitle = true;
        for (LNode node : nodes) {
            if (node.render(context) instanceof Map<?, ?> option && Boolean.FALSE.equals(option.get("title"))) {
                withTitle = false;
            }
        }
        // The plugin's site title: title, else name.
        String siteTitle = format(ContextValues.text(site.get("title")).isEmpty() ? ContextValues.text(site.get("name")) : ContextValues.text(site.get("title")));
        String pageTitle = format(ContextValues.text(page.get("title")));
        // The plugin's rule: "page | site"; a page without a title of its own (the home page)
        // gets "site | tagline or description".
        String siteDescription = format(ContextValues.text(site.get("description")));
        String tagline = format(ContextValues.text(site.get("tagline")));
        String shownTitle = pageTitle.isEmpty() ? siteTitle : pageTitle;
        String title = !siteTitle.isEmpty() && !shownTitle.equals(siteTitle) ? shownTitle + " | " + siteTitle
                : !siteTitle.isEmpty() && !siteDescription.isEmpty()
                        ? siteTitle + " | " + (tagline.isEmpty() ? siteDescription : tagline)
                : shownTitle;
        String description = ContextValues.text(page.get("description"));
        if (description.isEmpty()) {
            description = ContextValues.text(page.get("excerpt")).replaceAll("<[^>]+>", "").strip();
        }
        if (description.isEmpty()) {
            description = ContextValues.text(site.get("description"));
        }
        String url = ContextValues.text(site.get("url")) + ContextValues.text(site.get("baseurl")) + ContextValues.text(page.get("url")).replaceFirst("index\\.html$", "");
        StringBuilder out = new StringBuilder("<!-- Begin Jekyll SEO tag v2.8.0 -->\n");
        if (withTitle) {
            out.append("<title>").append(esc(title)).append("</title>\n");
        }
        out.append("<meta name=\"generator\" content=\"").append(esc(generator(context))).append("\" />\n");
        String ogTitle = pageTitle.isEmpty() ? siteTitle : pageTitle;
        out.append("<meta property=\"og:title\" content=\"").append(esc(ogTitle)).append("\" />\n");
        out.append("<meta property=\"og:locale\" content=\"en_US\" />\n");
        if (!description.isEmpty()) {
            out.append("<meta name=\"description\" content=\"").append(esc(description)).append("\" />\n");
            out.append("<meta property=\"og:description\" content=\"").append(esc(description)).append("\" />\n");
        }
        out.append("<link rel=\"canonical\" href=\"").append(esc(url)).append("\" />\n");
        out.append("<meta property=\"og:url\" content=\"").append(esc(url)).append("\" />\n");
        if (!siteTitle.isEmpty()) {
            out.append("<meta property=\"og:site_name\" content=\"").append(esc(siteTitle)).append("\" />\n");
        }
        boolean article = page.get("date") != null;
        out.append("<meta property=\"og:type\" content=\"").append(article ? "article" : "website").append("\" />\n");
        out.append("<meta name=\"twitter:card\" content=\"summary\" />\n");
        out.append("<meta property=\"twitter:title\" content=\"").append(esc(ogTitle)).append("\" />\n");
        Map<String, String> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", article ? "BlogPosting" : "WebPage");
        if (!description.isEmpty()) {
            ld.put("description", description);
        }
        ld.put("headline", ogTitle);
        ld.put("url", url);
        out.append("<script type=\"application/ld+json\">\n").append(json(ld)).append("</script>\n");
        return out.append("<!-- End Jekyll SEO tag -->\n").toString();
    }

    private static String json(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(jsonText(k)).append("\":\"")
                .append(jsonText(v)).append('"'));
        return out.append("}").toString();
    }

    private static String jsonText(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** As the plugin formats a string: tags stripped, white space collapsed. */
    private static String plain(String text) {
        return text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
