package dev.hyde.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** GitHub alerts, code block titles, highlighted lines and tabs, with their warnings. */
class DocsSyntaxTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static Element body(MarkdownRenderer.Rendered rendered) {
        return Jsoup.parseBodyFragment(rendered.html()).body();
    }

    private static Element render(String markdown) {
        MarkdownRenderer.Rendered rendered = RENDERER.renderPage(markdown);
        assertEquals(List.of(), rendered.warnings(), "warnings");
        return body(rendered);
    }

    private static MarkdownWarning onlyWarning(MarkdownRenderer.Rendered rendered) {
        assertEquals(1, rendered.warnings().size(), () -> "warnings: " + rendered.warnings());
        return rendered.warnings().get(0);
    }

    // --- GitHub alerts ---

    @Test
    void alertBecomesAnAdmonitionWithItsBody() {
        Element body = render("""
                Intro

                > [!NOTE]
                > Useful *information*.
                >
                > - one
                > - two
                """);
        Element note = body.expectFirst("div.admonition");
        assertEquals("admonition note", note.className());
        assertEquals("note", note.attr("role"));
        assertEquals("Note", note.child(0).text());
        assertEquals("p", note.child(0).tagName());
        assertEquals("admonition-title", note.child(0).className());
        assertEquals("Useful information.", note.child(1).text());
        assertEquals("information", note.child(1).expectFirst("em").text());
        assertEquals(2, note.select("ul > li").size());
        assertTrue(body.select("blockquote").isEmpty());
        assertFalse(body.text().contains("[!NOTE]"));
    }

    @Test
    void everyTypeCaseInsensitive() {
        String[][] cases = {{"note", "Note"}, {"Tip", "Tip"}, {"IMPORTANT", "Important"},
                {"warning", "Warning"}, {"CauTion", "Caution"}};
        for (String[] c : cases) {
            Element admonition = render("> [!" + c[0] + "]\n> Body\n").expectFirst("div.admonition");
            assertEquals("admonition " + c[1].toLowerCase(java.util.Locale.ROOT), admonition.className());
            assertEquals(c[1], admonition.expectFirst("p.admonition-title").text());
            assertEquals("Body", admonition.child(1).text());
        }
    }

    @Test
    void markerOnItsOwnParagraphAndAfterAHardBreak() {
        Element own = render("> [!TIP]\n>\n> Body\n").expectFirst("div.admonition.tip");
        assertEquals(2, own.children().size());
        assertEquals("Body", own.child(1).text());
        Element hard = render("> [!WARNING]  \n> Body\n").expectFirst("div.admonition.warning");
        assertEquals("Body", hard.child(1).text());
        assertTrue(hard.select("br").isEmpty());
    }

    @Test
    void markerNotAloneOnItsLineIsAPlainQuote() {
        Element body = render("> [!NOTE] Body on the same line\n");
        assertEquals("[!NOTE] Body on the same line", body.expectFirst("blockquote > p").text());
        assertTrue(body.select("div.admonition").isEmpty());
        assertEquals("[!NOTE] later", render("> Text\n> [!NOTE] later\n").expectFirst("blockquote").text()
                .replace("Text ", ""));
    }

    @Test
    void nestedInAList() {
        Element body = render("- item\n\n  > [!CAUTION]\n  > Careful\n");
        assertEquals("Careful", body.expectFirst("li > div.admonition.caution > p:not(.admonition-title)").text());
    }

    @Test
    void unknownAlertTypeWarnsAndStaysAQuote() {
        MarkdownRenderer.Rendered rendered = RENDERER.renderPage("Intro\n\n> [!DANGER]\n> Body\n");
        MarkdownWarning w = onlyWarning(rendered);
        assertEquals("Unknown alert type: [!DANGER]", w.title());
        assertEquals(3, w.line());
        for (String type : List.of("[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]", "[!CAUTION]")) {
            assertTrue(w.detail().contains(type), w.detail());
        }
        Element body = body(rendered);
        assertEquals("[!DANGER] Body", body.expectFirst("blockquote > p").text());
        assertTrue(body.select("div.admonition").isEmpty());
    }

    @Test
    void kramdownNoteClassStaysAParagraphClass() {
        assertEquals("Careful.", render("Careful.\n{: .note}\n").expectFirst("p.note").text());
    }

    // --- titles and highlighted lines ---

    @Test
    void titleWrapsTheBlockAndKeepsTheLanguageClass() {
        Element block = render("```xml title=\"pom.xml\"\n<project/>\n```\n").expectFirst("div.code-block");
        assertEquals(2, block.children().size());
        assertEquals("pom.xml", block.child(0).text());
        assertEquals("code-title", block.child(0).className());
        Element code = block.expectFirst("> pre > code");
        assertEquals("language-xml", code.className());
        assertEquals("<project/>\n", code.wholeText());
    }

    @Test
    void titleWithSpacesAndSingleQuotes() {
        assertEquals("my file.yaml", render("```yaml title='my file.yaml'\na: 1\n```\n")
                .expectFirst("div.code-title").text());
    }

    @Test
    void plainFencesRenderAsCommonmarkDoes() {
        String markdown = "```java\nint x;\n```\n\n```bash $ run it\nls\n```\n\n```\nplain\n```\n";
        assertEquals(new MarkdownRenderer(false).render(markdown), RENDERER.render(markdown));
        assertEquals("language-bash", render(markdown).select("code").get(1).className());
    }

    @Test
    void highlightedLinesAreWrapped() {
        Element code = render("```java {2,4-5}\none\ntwo\nthree\nfour\nfive\nsix\n```\n").expectFirst("pre > code");
        assertEquals("language-java", code.className());
        assertEquals(List.of("two", "four", "five"), code.select("span.hl-line").eachText());
        assertEquals("one\ntwo\nthree\nfour\nfive\nsix\n", code.wholeText());
        assertTrue(render("```java {2}\na\nb\n```\n").select("div.code-block").isEmpty());
    }

    @Test
    void lineSetWithoutALanguageGivesNoLanguageClass() {
        Element code = render("``` {1}\nx\n```\n").expectFirst("pre > code");
        assertFalse(code.hasAttr("class"));
        assertEquals(List.of("x"), code.select("span.hl-line").eachText());
    }

    @Test
    void lineBeyondTheBlockWarnsAtTheFence() {
        MarkdownRenderer.Rendered rendered = RENDERER.renderPage("Text\n\n```java {1,9}\na\nb\nc\n```\n");
        MarkdownWarning w = onlyWarning(rendered);
        assertEquals("Invalid line range to highlight: 9", w.title());
        assertEquals(3, w.line());
        assertTrue(w.detail().contains("only 3 lines"), w.detail());
        assertEquals(List.of("a"), body(rendered).select("span.hl-line").eachText());
    }

    @Test
    void rangeThatIsNotNumbersWarns() {
        MarkdownRenderer.Rendered rendered = RENDERER.renderPage("```java {a-b}\na\n```\n");
        MarkdownWarning w = onlyWarning(rendered);
        assertEquals("Invalid line range to highlight: a-b", w.title());
        assertEquals(1, w.line());
        assertTrue(w.detail().contains("not a line number"), w.detail());
        assertTrue(body(rendered).select("span.hl-line").isEmpty());
        assertEquals("Invalid line range to highlight: 3-2",
                onlyWarning(RENDERER.renderPage("```\na\nb\nc\n```\n\n```java {3-2}\na\nb\nc\n```\n")).title());
    }

    @Test
    void warningLinesCountHtmlBlocksAsWritten() {
        // the HTML block is set aside before parsing and stands in as two lines, not four
        MarkdownRenderer.Rendered rendered = RENDERER.renderPage(
                "<div>\none\ntwo\n</div>\n\nText\n\n```java {5}\nx\n```\n");
        assertEquals(8, onlyWarning(rendered).line());
    }

    @Test
    void tooDeepNestingCountsHtmlBlocksAsWrittenToo() {
        MarkdownTooDeep e = org.junit.jupiter.api.Assertions.assertThrows(MarkdownTooDeep.class,
                () -> RENDERER.renderPage("<div>\none\ntwo\n</div>\n\nText\n\n" + ">".repeat(600) + " deep\n"));
        assertEquals(8, e.line());
    }

    // --- tabs ---

    private static final String TWO_TABS = """
            ```bash tab="Maven" group="build"
            mvn install
            ```

            ```bash tab="Gradle" group="build"
            gradle build
            ```
            """;

    @Test
    void consecutiveTabbedFencesFormOneGroup() {
        Element tabs = render(TWO_TABS).expectFirst("div.tabs");
        assertEquals("build", tabs.attr("data-group"));
        Element list = tabs.expectFirst("> div.tab-list");
        assertEquals("tablist", list.attr("role"));
        Elements buttons = list.select("> button[role=tab]");
        assertEquals(List.of("Maven", "Gradle"), buttons.eachText());
        assertEquals(List.of("true", "false"), buttons.eachAttr("aria-selected"));
        Elements panels = tabs.select("> div.tab-panel[role=tabpanel]");
        assertEquals(2, panels.size());
        for (int i = 0; i < 2; i++) {
            Element button = buttons.get(i);
            Element panel = panels.get(i);
            assertEquals(panel.id(), button.attr("aria-controls"));
            assertEquals(panel.id() + "-tab", button.id());
            assertEquals(button.id(), panel.attr("aria-labelledby"));
            assertEquals(i > 0, panel.hasAttr("hidden"));
        }
        assertEquals("mvn install\n", panels.get(0).expectFirst("pre > code.language-bash").wholeText());
        assertEquals("gradle build\n", panels.get(1).expectFirst("pre > code.language-bash").wholeText());
    }

    @Test
    void tabIdsAreUniqueOnThePageAndGroupsSplitAtAParagraph() {
        Element body = render(TWO_TABS + "\n&nbsp;\n\n" + TWO_TABS + "\nBetween\n\n"
                + "```js tab=\"A\"\na\n```\n```js tab=\"B\" title=\"b.js\"\nb\n```\n");
        Elements groups = body.select("div.tabs");
        assertEquals(3, groups.size());
        Set<String> ids = new HashSet<>();
        for (Element element : body.select("[id]")) {
            assertTrue(ids.add(element.id()), () -> "duplicate id " + element.id());
        }
        assertEquals(12, ids.size());
        assertFalse(groups.get(2).hasAttr("data-group"));
        // a tab keeps its own title inside its panel
        assertEquals("b.js", groups.get(2).select("div.tab-panel").get(1).expectFirst("div.code-title").text());
    }

    @Test
    void tabsOfAnotherGroupStartANewGroup() {
        Element body = render("```a tab=\"1\" group=\"x\"\n1\n```\n```a tab=\"2\" group=\"x\"\n2\n```\n"
                + "```a tab=\"3\" group=\"y\"\n3\n```\n```a tab=\"4\" group=\"y\"\n4\n```\n");
        assertEquals(List.of("x", "y"), body.select("div.tabs").eachAttr("data-group"));
    }

    @Test
    void singleTabWarnsAndIsAPlainBlockTitledWithItsLabel() {
        MarkdownRenderer.Rendered rendered = RENDERER.renderPage(
                "Intro\n\n```bash tab=\"Maven\"\nmvn\n```\n\nText\n\n```bash tab=\"Gradle\"\ngradle\n```\n");
        assertEquals(2, rendered.warnings().size());
        MarkdownWarning w = rendered.warnings().get(0);
        assertEquals("Tab group with a single tab: Maven", w.title());
        assertEquals(3, w.line());
        assertEquals(9, rendered.warnings().get(1).line());
        Element body = body(rendered);
        assertTrue(body.select("div.tabs").isEmpty());
        assertEquals(List.of("Maven", "Gradle"), body.select("div.code-block > div.code-title").eachText());
        assertEquals("mvn\n", body.expectFirst("div.code-block > pre > code.language-bash").wholeText());
    }

    @Test
    void labelsAndTitlesAreEscaped() {
        Element body = render("```x tab=\"<b>A</b>\"\na\n```\n```x tab=\"B\" title=\"a&b<c>\"\nb\n```\n");
        assertEquals("<b>A</b>", body.expectFirst("button").text());
        assertTrue(body.select("button b").isEmpty());
        assertEquals("a&b<c>", body.expectFirst("div.code-title").text());
    }

    @Test
    void kramdownAttributeListStillReachesThePre() {
        Element pre = render("```java title=\"A.java\"\nclass A {}\n```\n{: .wide}\n").expectFirst("pre");
        assertEquals("wide", pre.className());
        assertFalse(pre.expectFirst("code").hasClass("wide"));
    }

    // --- a Jekyll site renders as kramdown does ---

    @Test
    void offForAJekyllSite() {
        MarkdownRenderer kramdown = new MarkdownRenderer(false);
        MarkdownRenderer.Rendered rendered = kramdown.renderPage("> [!NOTE]\n> Body\n\n```java {9}\nx\n```\n");
        assertEquals(List.of(), rendered.warnings());
        Element body = body(rendered);
        assertEquals("[!NOTE] Body", body.expectFirst("blockquote").text());
        assertEquals("language-java", body.expectFirst("code").className());
        assertTrue(body.select("span.hl-line").isEmpty());
    }
}
