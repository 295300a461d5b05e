package dev.hyde.liquid;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long text kept out of the Liquid parser must come back exactly, and change nothing else. */
class TextRunsTest {
    private static final String LONG = "Plain text that is long enough to be kept out of the parser, "
            + "with 'quotes', <b>tags</b>, braces { } and percent % signs.";

    @Test
    void topLevelTextComesBackExactly() {
        String source = LONG + "\n{{ x }}\n" + LONG + "\n\n" + LONG;
        TextRuns runs = TextRuns.of(source);
        assertTrue(runs.template().length() < source.length() / 2, runs.template());
        assertEquals(source, runs.restore(runs.template()));
    }

    @Test
    void markersComeBackWhereverTheRenderingPutsThemAndNothingElseChanges() {
        String source = LONG + "\n{{ x }}\n" + LONG;
        TextRuns runs = TextRuns.of(source);
        String template = runs.template();
        int split = template.indexOf("{{ x }}");
        String first = template.substring(0, split).strip();
        String second = template.substring(split + "{{ x }}".length()).strip();
        // a layout may show its content twice, or reorder it; look-alikes that are not markers stay
        String rendered = second + "|\u0001|\u00017|\u0001" + "9".repeat(12) + "\u0002|\u00010\n\nx|" + first + first;
        assertEquals(LONG + "|\u0001|\u00017|\u0001" + "9".repeat(12) + "\u0002|\u00010\n\nx|" + LONG + LONG,
                runs.restore(rendered));
    }

    @Test
    void textInsideBlocksStaysInTheTemplate() {
        String source = "{% capture c %}" + LONG + "{% endcapture %}{% raw %}" + LONG + "{% endraw %}";
        assertEquals(source, TextRuns.of(source).template());
    }

    @Test
    void renderedPagesAreTheSameAsWithoutIt() {
        TestSite site = TestSite.build("""
                -- templates/default.ftlh --
                ${content?no_esc}
                -- content/index.html --
                ---
                title: T
                ---
                <p id="a">%s</p>
                {%%- assign n = 3 -%%}
                <p id="b">%s</p>
                {%% capture c %%}%s{%% endcapture %%}<p id="c">{{ c | size }}</p>
                {%% comment %%}%s{%% endcomment %%}<p id="d">{{ n }}</p>
                """.formatted(LONG, LONG, LONG, LONG));
        var html = site.html("index.html");
        assertEquals(LONG.replace("<b>", "").replace("</b>", ""), html.expectFirst("#a").text());
        assertEquals(String.valueOf(LONG.length()), html.expectFirst("#c").text());
        assertEquals("3", html.expectFirst("#d").text());
        assertFalse(site.text("index.html").contains("\u0001"));
    }

    @Test
    void errorLinesAfterLongTextAreStillTheFilesLines() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- content/index.md --
                ---
                title: T
                ---
                %s
                %s
                %s
                {%% nope %%}
                """.formatted(LONG, LONG, LONG));
        assertEquals(7, errors.get(0).line());
    }
}
