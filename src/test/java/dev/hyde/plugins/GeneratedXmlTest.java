package dev.hyde.plugins;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed and the sitemap are XML that a strict XML parser reads, whatever the pages hold. */
class GeneratedXmlTest {
    private static final String SITE = """
            -- _config.yml --
            title: "Docs & more\u00a0<beta>"
            url: https://docs.example
            plugins: [jekyll-sitemap, jekyll-feed]
            -- _layouts/default.html --
            <html><body>{{ content }}</body></html>
            -- index.md --
            ---
            title: "Home \u00a0 & <friends>"
            layout: default
            ---
            Hi&nbsp;there &copy; 2017
            -- odd-page.md --
            ---
            title: Odd
            ---
            x
            -- _posts/2017-05-24-hello.md --
            ---
            title: "Hello\u00a0\\x01world \\"quoted\\" & 'single' ]]> \ud83d\ude00"
            ---
            Post *body* with&nbsp;a non-breaking space, a control\u0002character and ]]> in it.
            """;

    @Test
    void feedIsWellFormedXmlAndKeepsTheText() throws Exception {
        TestSite site = TestSite.build(SITE);
        Document feed = parse(site.text("feed.xml"));
        assertEquals("feed", feed.getDocumentElement().getTagName());
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        assertEquals("Docs & more\u00a0<beta>", text(feed, "title"));
        String entryTitle = feed.getElementsByTagName("entry").item(0).getFirstChild().getTextContent();
        assertEquals("Hello\u00a0world \"quoted\" & 'single' ]]> \ud83d\ude00", entryTitle);
        String content = feed.getElementsByTagName("content").item(0).getTextContent();
        assertTrue(content.contains("<em>body</em>"), content);
        assertTrue(content.contains("with\u00a0a non-breaking") || content.contains("with&nbsp;a non-breaking"), content);
        assertTrue(content.contains("controlcharacter"), content);
        assertEquals("https://docs.example/2017/05/24/hello.html", ((org.w3c.dom.Element) feed
                .getElementsByTagName("content").item(0)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "base"));
    }

    /** A Jekyll site's feed says what Jekyll's said; a Hyde project's names Hyde, not Jekyll. */
    @Test
    void theFeedNamesTheGeneratorThatWroteIt() throws Exception {
        org.w3c.dom.Element jekyll = (org.w3c.dom.Element) parse(TestSite.build(SITE).text("feed.xml"))
                .getElementsByTagName("generator").item(0);
        assertEquals("Jekyll", jekyll.getTextContent());
        assertEquals("4.3.1", jekyll.getAttribute("version"));

        TestSite hyde = TestSite.build("""
                -- _config.yml --
                title: Docs
                url: https://docs.example
                plugins: [jekyll-feed]
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """);
        Document feed = parse(hyde.text("feed.xml"));
        org.w3c.dom.Element generator = (org.w3c.dom.Element) feed.getElementsByTagName("generator").item(0);
        assertEquals("Hyde", generator.getTextContent());
        assertEquals(dev.hyde.about.Versions.hyde(), generator.getAttribute("version"));
        assertTrue(generator.getAttribute("version").matches("\\d+\\.\\d+\\.\\d+.*"), generator.getAttribute("version"));
        assertEquals("", generator.getAttribute("uri"));
    }

    /** {@code {% seo %}} in a Liquid layout: Jekyll's generator in a Jekyll site, Hyde's in a Hyde project. */
    @Test
    void theSeoTagNamesTheGeneratorThatWroteThePage() {
        TestSite jekyll = TestSite.build("""
                -- _layouts/default.html --
                <html><head>{% seo %}</head><body>{{ content }}</body></html>
                -- index.md --
                ---
                title: Home
                layout: default
                ---
                Hi
                """);
        assertEquals("Jekyll v4.3.1", jekyll.html("index.html").expectFirst("meta[name=generator]").attr("content"));
        TestSite hyde = TestSite.build("""
                -- templates/default.html --
                <html><head>{% seo %}</head><body>{{ content }}</body></html>
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """);
        assertEquals("Hyde v" + dev.hyde.about.Versions.hyde(),
                hyde.html("index.html").expectFirst("meta[name=generator]").attr("content"));
    }

    @Test
    void sitemapIsWellFormedXmlWithEveryPage() throws Exception {
        TestSite site = TestSite.build(SITE);
        Document sitemap = parse(site.text("sitemap.xml"));
        List<String> locs = new java.util.ArrayList<>();
        for (int i = 0; i < sitemap.getElementsByTagName("loc").getLength(); i++) {
            locs.add(sitemap.getElementsByTagName("loc").item(i).getTextContent());
        }
        assertTrue(locs.contains("https://docs.example/"), locs.toString());
        assertTrue(locs.contains("https://docs.example/2017/05/24/hello.html"), locs.toString());
        assertTrue(site.text("sitemap.xml").startsWith("<?xml"), site.text("sitemap.xml"));
    }

    private static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent();
    }

    /** A namespace-aware, validating-for-well-formedness parse that fails on any XML error. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }
}
