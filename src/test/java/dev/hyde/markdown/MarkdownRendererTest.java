package dev.hyde.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static Element render(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(markdown)).body();
    }

    /** The text of the single paragraph {@code markdown} renders to. */
    private static String paragraph(String markdown) {
        Elements paragraphs = render(markdown).select("p");
        assertEquals(1, paragraphs.size(), () -> "paragraphs of " + markdown);
        return paragraphs.first().text();
    }

    private static List<String> headingIds(String markdown) {
        List<String> ids = new ArrayList<>();
        for (Element heading : render(markdown).select("h1, h2, h3, h4, h5, h6")) {
            ids.add(heading.id());
        }
        return ids;
    }

    // --- heading ids ---

    @Test
    void headingIdsFollowKramdownGfm() {
        assertEquals(List.of(
                        "troubleshooting-guide",
                        "envoy-wont-connect-to-my-http10-service",
                        "mixers-pod-was-restarted-and-i-lost-my-config-updates",
                        "with-gdb"),
                headingIds("""
                        # Troubleshooting Guide

                        ## Envoy won't connect to my HTTP/1.0 service

                        ## Mixer's pod was restarted and I lost my config updates

                        ### With [GDB](https://www.gnu.org/software/gdb/)
                        """));
    }

    @Test
    void headingIdsKeepHyphensCodeAndUnicodeLettersAndDropTypographicDashes() {
        assertEquals(List.of("run-kubectl-apply", "a--b", "über-straße", "pre-flight_check"),
                headingIds("""
                        ## Run `kubectl apply`

                        ## A -- B

                        ## Über Straße

                        ## Pre-flight_check
                        """));
    }

    @Test
    void duplicateHeadingIdsAreNumbered() {
        assertEquals(List.of("setup", "setup-1", "usage", "setup-2"),
                headingIds("# Setup\n\n## Setup\n\n## Usage\n\n### Setup\n"));
    }

    @Test
    void headingWithoutWordCharactersHasNoId() {
        Element heading = render("## ...\n").selectFirst("h2");
        assertNotNull(heading);
        assertFalse(heading.hasAttr("id"));
    }

    @Test
    void headingIdsAreCountedPerPage() {
        assertEquals(List.of("intro"), headingIds("# Intro\n"));
        assertEquals(List.of("intro"), headingIds("# Intro\n"));
    }

    // --- smart quotes ---

    @Test
    void apostrophesInWordsClose() {
        assertEquals("Envoy won\u2019t connect, it\u2019s Mixer\u2019s pod",
                paragraph("Envoy won't connect, it's Mixer's pod"));
    }

    @Test
    void singleQuotesAroundWords() {
        assertEquals("say \u2018quoted\u2019 twice \u2018quoted\u2019", paragraph("say 'quoted' twice 'quoted'"));
        assertEquals("\u2018quoted\u2019 at the start", paragraph("'quoted' at the start"));
    }

    @Test
    void doubleQuotesAroundWordsAndNumbers() {
        assertEquals("to be \u201C1.1\u201D, since", paragraph("to be \"1.1\", since"));
        assertEquals("\u201CHello,\u201D she said.", paragraph("\"Hello,\" she said."));
    }

    @Test
    void decadeAbbreviationIsAnApostrophe() {
        assertEquals("back in the \u201990s", paragraph("back in the '90s"));
    }

    @Test
    void quotesNextToPunctuation() {
        assertEquals("(\u2018paren\u2019) and \u2018yes\u2019. and \u201C\u2026\u201D",
                paragraph("('paren') and 'yes'. and \"...\""));
        assertEquals("\u201C\u2018Nested\u2019 quote\u201D", paragraph("\"'Nested' quote\""));
    }

    @Test
    void quotesInsideAndAroundEmphasis() {
        Element p = render("*\"inside\"* and \"*around*\" and **'bold'**").selectFirst("p");
        assertNotNull(p);
        assertEquals("\u201Cinside\u201D", p.select("em").get(0).text());
        assertEquals("\u2018bold\u2019", p.selectFirst("strong").text());
        assertEquals("\u201Cinside\u201D and \u201Caround\u201D and \u2018bold\u2019", p.text());
    }

    @Test
    void apostropheAfterInlineCodeCloses() {
        Element p = render("the `Pod`'s name").selectFirst("p");
        assertNotNull(p);
        assertEquals("Pod", p.selectFirst("code").text());
        assertEquals("the Pod\u2019s name", p.text());
    }

    @Test
    void quotesAcrossSoftLineBreaks() {
        assertEquals("first \u2018line\u2019 \u201Csecond\u201D", paragraph("first 'line'\n\"second\""));
        assertEquals("hard \u2018break\u2019", paragraph("hard  \n'break'").replace("\n", " "));
    }

    @Test
    void noSmartQuotesInCodeSpansOrFencedCode() {
        Element body = render("Run `echo \"it's\" -- ...` now\n\n```\necho \"it's\" -- ...\n```\n");
        assertEquals("echo \"it's\" -- ...", body.selectFirst("p > code").text());
        assertEquals("echo \"it's\" -- ...\n", body.selectFirst("pre > code").wholeText());
    }

    @Test
    void noSmartQuotesInRawHtmlOrRawInlineElements() {
        Element body = render("<div>\n\"raw\" -- 'html'\n</div>\n\nPress <kbd>\"q\"</kbd> then <span>'quoted'</span>\n");
        assertEquals("\"raw\" -- 'html'", body.selectFirst("div").text());
        assertEquals("\"q\"", body.selectFirst("kbd").text());
        // <span> content is span-parsed like any text
        assertEquals("\u2018quoted\u2019", body.selectFirst("span").text());
    }

    @Test
    void escapedQuotesAndEntitiesStayStraight() {
        assertEquals("\"literal\" and 'single' and \"entity\" and --",
                paragraph("\\\"literal\\\" and \\'single\\' and &quot;entity&quot; and \\-\\-"));
    }

    @Test
    void noSmartQuotesInAutolinksOrImageAltText() {
        Element p = render("See https://example.com/it's--here and ![it's \"alt\"](a.png)").selectFirst("p");
        assertNotNull(p);
        assertEquals("https://example.com/it's--here", p.selectFirst("a").text());
        assertEquals("it's \"alt\"", p.selectFirst("img").attr("alt"));
    }

    // --- dashes, ellipsis, guillemets ---

    @Test
    void dashes() {
        assertEquals("pages 1\u20132 \u2014 the end", paragraph("pages 1--2 --- the end"));
        assertEquals("a\u2014b", paragraph("a---b"));
    }

    @Test
    void singleHyphenStays() {
        assertEquals("the pod - the container, pod-wide", paragraph("the pod - the container, pod-wide"));
    }

    @Test
    void ellipsis() {
        assertEquals("wait\u2026 and\u2026.", paragraph("wait... and...."));
    }

    @Test
    void guillemets() {
        assertEquals("\u00AB\u00A0quoted\u00A0\u00BB and \u00AB1, 2\u00BB", render("<< quoted >> and <<1, 2>>").selectFirst("p").wholeText());
    }

    // --- blocks ---

    @Test
    void fencedCodeWithLanguage() {
        Element code = render("```yaml\nkey: \"value\"\n```\n").selectFirst("pre > code");
        assertNotNull(code);
        assertEquals("language-yaml", code.className());
        assertEquals("key: \"value\"\n", code.wholeText());
    }

    @Test
    void fencedCodeWithoutLanguageHasNoClass() {
        Element code = render("```\nplain\n```\n").selectFirst("pre > code");
        assertNotNull(code);
        assertFalse(code.hasAttr("class"));
    }

    @Test
    void codeIsEscaped() {
        String html = RENDERER.render("```\n<b>&amp; if a < b && c > d\n```\n");
        assertTrue(html.contains("&lt;b&gt;&amp;amp; if a &lt; b &amp;&amp; c &gt; d"), html);
        assertEquals("<b>&amp; if a < b && c > d\n", render("```\n<b>&amp; if a < b && c > d\n```\n")
                .selectFirst("code").wholeText());
    }

    @Test
    void trailingWhitespaceOfParagraphIsDropped() {
        Element p = render("Example config:\t\n\nNext  \n").selectFirst("p");
        assertNotNull(p);
        assertEquals("Example config:", p.wholeText());
    }

    @Test
    void tablesHaveHeadBodyAndStyleAlignment() {
        Element table = render("| Name | Size | Note |\n|:-----|-----:|------|\n| a | 1 | x |\n").selectFirst("table");
        assertNotNull(table);
        Elements head = table.select("thead > tr > th");
        assertEquals(3, head.size());
        assertEquals("text-align: left", head.get(0).attr("style"));
        assertEquals("text-align: right", head.get(1).attr("style"));
        assertFalse(head.get(2).hasAttr("style"));
        assertFalse(head.get(0).hasAttr("align"));
        Elements cells = table.select("tbody > tr > td");
        assertEquals(List.of("a", "1", "x"), cells.eachText());
        assertEquals("text-align: right", cells.get(1).attr("style"));
    }

    @Test
    void bareUrlsAreLinked() {
        Element a = render("Visit https://istio.io/docs/ today").selectFirst("p > a");
        assertNotNull(a);
        assertEquals("https://istio.io/docs/", a.attr("href"));
        assertEquals("https://istio.io/docs/", a.text());
    }

    @Test
    void doubleTildesStrikeThrough() {
        Element p = render("~~gone~~ but ~kept~").selectFirst("p");
        assertNotNull(p);
        assertEquals("gone", p.selectFirst("del").text());
        assertEquals(1, p.select("del").size());
    }

    @Test
    void taskListsHaveDisabledCheckboxes() {
        Element list = render("- [ ] todo\n- [x] done\n").selectFirst("ul");
        assertNotNull(list);
        assertEquals("task-list", list.className());
        Elements items = list.select("> li");
        assertEquals(2, items.size());
        for (Element item : items) {
            assertEquals("task-list-item", item.className());
            Element box = item.selectFirst("> input");
            assertNotNull(box);
            assertEquals("checkbox", box.attr("type"));
            assertEquals("task-list-item-checkbox", box.className());
            assertTrue(box.hasAttr("disabled"));
        }
        assertFalse(items.get(0).selectFirst("input").hasAttr("checked"));
        assertTrue(items.get(1).selectFirst("input").hasAttr("checked"));
        assertEquals(List.of("todo", "done"), items.eachText());
    }

    @Test
    void footnotesUseKramdownMarkup() {
        Element body = render("Text[^a] and more[^b] and again[^a].\n\n[^a]: First note.\n[^b]: Second.\n");
        Elements refs = body.select("p > sup");
        assertEquals(List.of("fnref:a", "fnref:b", "fnref:a:1"), refs.eachAttr("id"));
        assertEquals(List.of("1", "2", "1"), refs.eachText());
        assertEquals("#fn:a", refs.get(0).selectFirst("a.footnote").attr("href"));

        Element notes = body.selectFirst("div.footnotes");
        assertNotNull(notes);
        Elements items = notes.select("ol > li");
        assertEquals(List.of("fn:a", "fn:b"), items.eachAttr("id"));
        assertEquals(List.of("#fnref:a", "#fnref:a:1"), items.get(0).select("a.reversefootnote").eachAttr("href"));
        assertEquals("First note.\u00A0\u21A9\u00A0\u21A92", items.get(0).selectFirst("p").wholeText());
        assertEquals("Second.\u00A0\u21A9", items.get(1).selectFirst("p").wholeText());
        assertTrue(body.children().last().is("div.footnotes"));
    }

    @Test
    void rawHtmlBlocksPassThrough() {
        Element body = render("<div class=\"note\" id=\"n1\">\n<b>Bold</b> -- kept\n</div>\n\ntext\n");
        Element div = body.selectFirst("div.note");
        assertNotNull(div);
        assertEquals("n1", div.id());
        assertEquals("Bold", div.selectFirst("b").text());
        assertEquals("text", body.selectFirst("p").text());
    }

    // --- concurrency ---

    @Test
    void rendersConcurrentlyLikeSequentially() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            inputs.add("# Title " + (i % 4) + "\n\n## Title " + (i % 4) + "\n\nIt's \"page\" " + i
                    + "[^n] -- done...\n\n[^n]: Note " + i + ".\n");
        }
        List<String> expected = new ArrayList<>();
        for (String input : inputs) {
            expected.add(RENDERER.render(input));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String input : inputs) {
                    futures.add(pool.submit(() -> RENDERER.render(input)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % inputs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(expected.get(1).contains("id=\"title-1-1\""), expected.get(1));
    }
}
