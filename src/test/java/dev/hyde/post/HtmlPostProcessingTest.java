package dev.hyde.post;

import dev.hyde.model.TocEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TOC and heading anchors come from parsed HTML: markup that only looks like a heading is left alone. */
class HtmlPostProcessingTest {
    private static final String ANCHOR = "<a class=\"anchor\" href=\"#%s\" aria-label=\"Link to this section\"></a>";
    private final HtmlPostProcessing post = new HtmlPostProcessing("");

    private static List<String> ids(ProcessedContent content) {
        return content.toc().stream().map(TocEntry::id).toList();
    }

    @Test
    void aHeadingInsideACommentIsNeitherListedNorGivenAnAnchor() {
        String body = "<!-- <h2 id=\"old\">Old</h2> -->\n<h2 id=\"new\">New</h2>\n";
        ProcessedContent content = post.content(body);
        assertEquals(List.of("new"), ids(content));
        assertEquals("<!-- <h2 id=\"old\">Old</h2> -->\n<h2 id=\"new\">New" + ANCHOR.formatted("new") + "</h2>\n",
                content.html());
    }

    @Test
    void headingMarkupInsideAnAttributeIsText() {
        String body = "<p><img alt=\"<h2 id='x'>X</h2>\" src=\"a.png\"></p>\n<h2 id=\"y\">Y</h2>";
        ProcessedContent content = post.content(body);
        assertEquals(List.of("y"), ids(content));
        assertEquals("<p><img alt=\"<h2 id='x'>X</h2>\" src=\"a.png\"></p>\n<h2 id=\"y\">Y" + ANCHOR.formatted("y")
                + "</h2>", content.html());
    }

    @Test
    void anIdInsideAnotherAttributesValueIsNotTheHeadingsId() {
        ProcessedContent content = post.content("<h2 data-note=' id=\"fake\"' id=\"real\">Real</h2>");
        assertEquals(List.of(new TocEntry("real", "Real", 2)), content.toc());
        assertTrue(content.html().contains("href=\"#real\""), content.html());
    }

    @Test
    void unquotedAndSingleQuotedIdsAreRead() {
        ProcessedContent content = post.content("<h2 id=setup>Setup</h2><H3 ID='deep \"one\"'>Deep</H3>");
        assertEquals(List.of(new TocEntry("setup", "Setup", 2), new TocEntry("deep \"one\"", "Deep", 3)),
                content.toc());
        assertTrue(content.html().contains("href=\"#deep &quot;one&quot;\""), content.html());
    }

    @Test
    void headingsWrittenByScriptsOrShownAsCodeAreNotHeadings() {
        String body = "<script>document.write('<h2 id=\"s\">S</h2>')</script>"
                + "<pre><code>&lt;h2 id=\"c\"&gt;C&lt;/h2&gt;</code></pre><h3 id=\"real\">Real</h3>";
        ProcessedContent content = post.content(body);
        assertEquals(List.of("real"), ids(content));
        assertTrue(content.html().startsWith(body.substring(0, body.indexOf("<h3"))), content.html());
    }

    @Test
    void onlyH2AndH3WithAnIdEnterTheToc() {
        String body = "<h2>No id</h2><h4 id=\"four\">Four</h4><h3 id=\"three\">Three</h3>";
        ProcessedContent content = post.content(body);
        assertEquals(List.of("three"), ids(content));
        assertEquals(body.replace("Three</h3>", "Three" + ANCHOR.formatted("three") + "</h3>"), content.html());
    }
}
