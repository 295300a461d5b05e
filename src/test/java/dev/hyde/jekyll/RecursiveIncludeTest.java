package dev.hyde.jekyll;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An include that includes itself, as navigation trees do (just-the-docs' {@code nav/links.html}
 * renders a level and includes itself for the level below), against what Jekyll 4.3.1 built.
 */
class RecursiveIncludeTest {

    /** Nested includes {@code deep.html} opens for {@code max}: one per level, {@code max} in all. */
    private static String deepSite(int max) {
        return """
                -- _includes/deep.html --
                {% assign d = include.d | plus: 1 %}{% if d < include.max %}[{{ d }}{% include deep.html d=d max=include.max %}]{% endif %}
                -- loop.html --
                ---
                ---
                {% include deep.html d=0 max=MAX %}
                """.replace("MAX", String.valueOf(max));
    }

    @Test
    void anIncludeRendersItselfForEachLevelOfATree() {
        TestSite site = TestSite.build("""
                -- _data/tree.yml --
                - title: Guide
                  children:
                    - title: Install
                      children:
                        - title: Linux
                        - title: macOS
                    - title: Upgrade
                - title: Reference
                -- _includes/tree.html --
                <ul>{% for node in include.nodes %}<li>{{ node.title }}{% if node.children %}{% include tree.html nodes=node.children %}{% endif %}</li>{% endfor %}</ul>
                -- nav.html --
                ---
                title: Nav
                ---
                {% include tree.html nodes=site.data.tree %}
                """);
        // Jekyll 4.3.1's _site/nav.html
        assertEquals("""
                <ul><li>Guide<ul><li>Install<ul><li>Linux</li><li>macOS</li></ul>
                </li><li>Upgrade</li></ul>
                </li><li>Reference</li></ul>

                """, site.text("nav.html"));
    }

    @Test
    void eachLevelKeepsItsOwnParameters() {
        // Jekyll 4.3.1's _site/loop.html
        assertEquals("[1[2[3\n]\n]\n]\n\n", TestSite.build(deepSite(4)).text("loop.html"));
    }

    @Test
    void ninetyNineIncludesOpenAtOnceAreAllowedAsInJekyll() {
        String text = TestSite.build(deepSite(99)).text("loop.html");
        assertTrue(text.startsWith("[1[2[3[4"), text);
        assertTrue(text.contains("[97[98\n]\n]"), text);
        assertEquals(98, text.chars().filter(c -> c == '[').count());
    }

    @Test
    void theHundredthIncludeOpenAtOnceIsAnErrorAsInJekyll() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(deepSite(100));
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic error = errors.get(0);
        assertEquals("Includes nested too deep: deep.html", error.title());
        assertEquals("_includes/deep.html", error.file());
        assertEquals(1, error.line());
    }
}
