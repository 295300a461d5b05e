package dev.hyde.liquid;

import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Tags of plugins docs sites use besides the SEO tag, as the plugins write them:
 * jekyll-feed's {@code {% feed_meta %}} and jekyll-avatar's {@code {% avatar user %}} (GitHub's
 * avatar image URLs, computed, never fetched).
 */
final class PluginTags {
    private static final Pattern AVATAR_USER = Pattern.compile("\\buser=([\\w.]+)\\b");
    private static final Pattern AVATAR_SIZE = Pattern.compile("(?i)\\bsize=(\\d+)\\b");

    private PluginTags() {
    }

    /** jekyll-feed 0.15's link to the feed, for a page's head. */
    static Tag feedMeta() {
        return new Tag("feed_meta") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                Map<?, ?> site = ContextValues.map(context.get("site"));
                Map<?, ?> feed = ContextValues.map(site.get("feed"));
                String path = feed.get("path") == null ? "feed.xml" : String.valueOf(feed.get("path"));
                Object title = site.get("title") != null ? site.get("title") : site.get("name");
                String href = ContextValues.text(site.get("url")) + (ContextValues.text(site.get("baseurl")) + "/" + path).replaceAll("/{2,}", "/");
                StringBuilder out = new StringBuilder("<link type=").append(attribute("application/atom+xml"))
                        .append(" rel=").append(attribute("alternate")).append(" href=").append(attribute(href));
                if (title != null) {
                    out.append(" title=").append(attribute(String.valueOf(title)));
                }
                return out.append(" />").toString();
            }
        };
    }

    /** jekyll-avatar 0.7's image of a GitHub user. */
    static Tag avatar() {
        return new Tag("avatar") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                StringBuilder markup = new StringBuilder();
                for (LNode node : nodes) {
                    markup.append(node.render(context));
                }
                String text = ContextValues.interpolate(markup.toString().strip(), context);
                Matcher sizeMatch = AVATAR_SIZE.matcher(text);
                String size = sizeMatch.find() ? sizeMatch.group(1) : "40";
                Matcher userMatch = AVATAR_USER.matcher(text);
                String user;
                if (userMatch.find()) {
                    Object value = ContextValues.lookup(context, userMatch.group(1));
                    user = value == null ? userMatch.group(1) : String.valueOf(value);
                } else {
                    user = text.contains(" ") ? text.split(" ")[0] : text;
                    user = user.startsWith("@") ? user.substring(1) : user;
                }
                String host = "https://avatars" + server(path(user, size, 1)) + ".githubusercontent.com";
                StringBuilder srcset = new StringBuilder();
                for (int scale = 1; scale <= 4; scale++) {
                    srcset.append(scale == 1 ? "" : ", ").append(host).append('/').append(path(user, size, scale))
                            .append(' ').append(scale).append('x');
                }
                String url = host + "/" + path(user, size, 1);
                String classes = Integer.parseInt(size) < 48 ? "avatar avatar-small" : "avatar";
                boolean lazy = text.contains("lazy=true");
                return "<img class=\"" + classes + "\" alt=\"" + user + "\" width=\"" + size + "\" height=\"" + size
                        + "\" data-proofer-ignore=\"true\" src=\"" + (lazy ? "" : url) + "\" "
                        + (lazy ? "data-src=\"" + url + "\" data-srcset=\"" + srcset + "\"" : "srcset=\"" + srcset + "\"")
                        + " />";
            }
        };
    }

    private static String path(String user, String size, int scale) {
        return user + "?v=3&s=" + (scale == 1 ? size : String.valueOf(Integer.parseInt(size) * scale));
    }

    /** Which of GitHub's four avatar hosts the plugin picks: Zlib.crc32 of the 1x path, modulo 4. */
    private static long server(String path) {
        CRC32 crc = new CRC32();
        crc.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % 4;
    }

    /** Ruby's {@code encode(xml: :attr)}: quoted, with &amp;, &lt;, &gt; and &quot; escaped. */
    private static String attribute(String value) {
        return "\"" + value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;") + "\"";
    }
}
