package dev.hyde.layout;

import dev.hyde.TestSite;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Jekyll site wrapped in jekyll-compress-html, built whole. */
class CompressHtmlSiteTest {
    private static final String SITE = """
            -- _config.yml --
            title: Compressed
            compress_html:
              clippings: all
              comments: all
              endings: all
              startings: []
              blanklines: false
              profile: false
            -- _layouts/default.html --
            ---
            layout: compress
            ---
            <html>
              <head> <title>{{ page.title }}</title> </head>
              <body>
                <!-- navigation -->
                <nav> <a href="/">Home</a> </nav>
                {{ content }}
                <pre class="code">  keep   these <!-- not a comment here -->
                  spaces  </pre>
              </body>
            </html>
            -- index.md --
            ---
            title: Home
            layout: default
            ---
            Some *text*.

            - one
            - two
            -- plain.md --
            ---
            title: Plain
            layout: default
            compress_html: false
            ---
            As written.
            -- _layouts/compress.html --
            """;

    @Test
    void pagesAreCompressedAsTheLayoutSays() {
        TestSite site = TestSite.build(SITE + CompressHtmlLayoutTest.resource("v3.2.1"));
        String html = site.text("index.html");
        Document doc = site.html("index.html");

        assertEquals("Home", doc.title());
        assertEquals(2, doc.select("ul > li").size());
        assertEquals("one", doc.select("ul > li").first().text());
        // endings: all
        for (String end : new String[]{"</li>", "</head>", "</body>", "</html>"}) {
            assertFalse(html.contains(end), html);
        }
        // clippings: all. Only the one space next to a tag goes: Hyde's split on " " splits at
        // each single space, not at runs of whitespace as Ruby's does, so the layout's
        // "collapse whitespace" step only drops spaces at the end of the text between pre blocks.
        assertTrue(html.contains("<head><title>Home</title>"), html);
        assertTrue(html.contains("<nav> <a href=\"/\">Home</a></nav>"), html);
        assertTrue(doc.getAllElements().stream().flatMap(e -> e.childNodes().stream())
                .noneMatch(n -> n instanceof Comment), html);
        // Inside pre the text stays, comment included: the layout removes comments before it
        // looks for pre, so this one is gone (as Jekyll's own run of the layout has it).
        Element pre = doc.expectFirst("pre.code");
        assertEquals("  keep   these \n      spaces  ", pre.wholeText());

        // compress_html: false in a page's front matter (3.2.0 on) leaves it as it is.
        String plain = site.text("plain.html");
        assertTrue(plain.contains("<!-- navigation -->"), plain);
        assertTrue(plain.contains("</body>") && plain.contains("<head> <title>Plain</title> </head>"), plain);
    }

    @Test
    void theSiteIsTheSameAsWhenLiquidRendersTheLayout() {
        for (String version : new String[]{"v3.0.2", "v3.1.0", "v3.2.1"}) {
            String layout = CompressHtmlLayoutTest.resource(version);
            Map<String, byte[]> computed = TestSite.files(TestSite.build(SITE + layout).site());
            // A comment tag in front: no longer the released text, so Liquid renders it, to the same effect.
            String changed = layout.replace("{% capture _LINE_FEED %}", "{% comment %}x{% endcomment %}{% capture _LINE_FEED %}");
            Map<String, byte[]> rendered = TestSite.files(TestSite.build(SITE + changed).site());
            assertEquals(rendered.keySet(), computed.keySet(), version);
            for (String file : rendered.keySet()) {
                assertEquals(new String(rendered.get(file), java.nio.charset.StandardCharsets.UTF_8),
                        new String(computed.get(file), java.nio.charset.StandardCharsets.UTF_8), version + " " + file);
            }
        }
    }
}
