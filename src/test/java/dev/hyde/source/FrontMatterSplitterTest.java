package dev.hyde.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bodies as Jekyll 4.3.1 reads them (each case was built with Jekyll and its output compared). */
class FrontMatterSplitterTest {

    private static FrontMatterSplitter.Split split(String text) {
        return FrontMatterSplitter.split(text).orElseThrow();
    }

    @Test
    void blankLinesAfterTheFenceAreNotPartOfTheBodyButTheFirstLinesIndentationIs() {
        FrontMatterSplitter.Split layout = split("---\n---\n\n\n  <L>{{ content }}</L>\n");
        assertEquals("  <L>{{ content }}</L>\n", layout.body());
        assertEquals(5, layout.bodyLine());
        FrontMatterSplitter.Split page = split("---\nlayout: x\n---\n\n  \n\t\n   body\n");
        assertEquals("layout: x\n", page.yaml());
        assertEquals("   body\n", page.body());
        assertEquals(7, page.bodyLine());
    }

    @Test
    void aBodyOfBlankLinesIsEmpty() {
        assertEquals("", split("---\nlayout: x\n---\n   \n\n").body());
        assertEquals("", split("---\n---\n  ").body());
        assertEquals("", split("---\n---").body());
    }

    @Test
    void aFenceWithTrailingSpacesAndABodyRightAfterIt() {
        assertEquals("C\n", split("---\nlayout: none\n---  \n\nC\n").body());
        FrontMatterSplitter.Split direct = split("---\na: 1\n...\nText\n\nmore\n");
        assertEquals("Text\n\nmore\n", direct.body());
        assertEquals(4, direct.bodyLine());
    }
}
