package dev.hyde;

import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.diag.DiagnosticFormatter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds this repository's own site (content/, templates/, _data/) and checks the troubleshooting
 * guide against the HTML Jekyll 4.3.1 (kramdown) renders from the same page.
 */
class SeedSiteTest {
    private static Document page;
    private static Element content;
    private static Document kramdown;

    @BeforeAll
    static void buildTheRepositorySite() throws IOException {
        Path destination = Files.createDirectories(Path.of("target", "test-sites")).toAbsolutePath()
                .resolve("seed-" + System.nanoTime());
        BuildResult result = Hyde.build(BuildOptions.of(Path.of("").toAbsolutePath()).withDestination(destination));
        assertTrue(result.succeeded(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        page = Jsoup.parse(destination.resolve("troubleshooting/index.html").toFile(), "UTF-8");
        content = page.expectFirst("h1#troubleshooting-guide").parent();
        try (InputStream in = SeedSiteTest.class.getResourceAsStream("/seed/troubleshooting.kramdown.html")) {
            kramdown = Jsoup.parseBodyFragment(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void titleAndOverview() {
        assertTrue(page.title().contains("Troubleshooting Guide"), page.title());
        assertTrue(page.body().text().contains("Practical advice on practical problems with Istio"));
    }

    @Test
    void versionFromDataAppearsInEachOfTheFourSentencesAndNoLiquidIsLeft() {
        String text = content.text();
        for (String sentence : List.of("For the 0.1 release, Mixer must be configured",
                "shortly after the initial 0.1 release.",
                "For the 0.1 release, Mixer configuration is stored",
                "immediately following the initial 0.1 release.")) {
            assertTrue(text.contains(sentence), sentence);
        }
        String html = page.outerHtml();
        assertFalse(html.contains("{{"), "unrendered output tag");
        assertFalse(html.contains("{%"), "unrendered tag");
    }

    @Test
    void headingIdsEqualKramdowns() {
        assertEquals(List.of("troubleshooting-guide"), content.select("h1[id]").eachAttr("id"));
        assertEquals(kramdown.select("h1, h2, h3").eachAttr("id"), content.select("h1, h2, h3").eachAttr("id"));
        assertEquals(5, content.select("h2").size());
        assertEquals(3, content.select("h3").size());
    }

    @Test
    void tableOfContentsLinksToEveryQuestion() {
        Elements toc = page.select("nav.toc a[href^=#]");
        List<String> expected = kramdown.select("h2, h3").eachAttr("id").stream().map(id -> "#" + id).toList();
        assertEquals(expected, toc.eachAttr("href"));
    }

    @Test
    void codeBlocksKeepTheirTextAndLanguages() {
        Elements blocks = content.select("pre > code");
        Elements expected = kramdown.select("pre > code");
        assertEquals(3, blocks.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.get(i).wholeText(), blocks.get(i).wholeText());
        }
        assertEquals("language-yaml", blocks.get(1).className());
        assertEquals("language-bash", blocks.get(2).className());
    }

    @Test
    void bodyTextEqualsKramdownsRendering() {
        Element ours = content.clone();
        ours.select("a.anchor").remove();
        assertEquals(kramdown.body().text(), ours.text());
        assertEquals(blockTexts(kramdown.body()), blockTexts(ours));
    }

    @Test
    void highlightJsIsServedFromTheSiteItself() {
        for (Element script : page.select("script[src]")) {
            assertFalse(script.attr("src").matches("^(https?:)?//.*"), script.attr("src"));
        }
        for (Element link : page.select("link[href]")) {
            assertFalse(link.attr("href").matches("^(https?:)?//.*"), link.attr("href"));
        }
        assertFalse(page.select("script[src$=highlight.min.js]").isEmpty());
    }

    @Test
    void theGuideIsInTheBuiltInThemesSidebarAsTheCurrentPage() {
        Element current = page.expectFirst("nav#sidebar a[aria-current=page]");
        assertEquals("/troubleshooting/", current.attr("href"));
        assertEquals("Troubleshooting Guide", current.text());
    }

    private static List<String> blockTexts(Element root) {
        return root.select("h1, h2, h3, p, li, pre").eachText();
    }
}
