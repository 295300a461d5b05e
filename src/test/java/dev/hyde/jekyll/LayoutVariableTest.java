package dev.hyde.jekyll;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code layout} variable of a chain of Liquid layouts: each layout sees its front matter
 * under that of the layouts inside it, merged key by key (just-the-docs' {@code minimal} layout
 * turns off {@code default}'s navigation so), against what Jekyll 4.3.1 built.
 */
class LayoutVariableTest {

    private static final String SITE = """
            -- _config.yml --
            title: L
            -- _layouts/default.html --
            ---
            nav_enabled: true
            theme:
              color: blue
              size: 2
            ---
            <nav>{{ layout.nav_enabled }}|{{ layout.theme.color }}|{{ layout.theme.size }}|{{ layout.only_minimal }}|{{ layout.layout }}</nav>{{ content }}
            -- _layouts/minimal.html --
            ---
            layout: default
            nav_enabled: false
            only_minimal: m
            theme:
              color: red
            ---
            <div>{{ layout.nav_enabled }}|{{ layout.theme.color }}|{{ layout.theme.size }}</div>{{ content }}
            -- a.html --
            ---
            layout: minimal
            ---
            A
            -- b.html --
            ---
            layout: default
            ---
            B
            """;

    @Test
    void anOuterLayoutSeesTheValuesOfTheLayoutsInsideIt() {
        // Jekyll 4.3.1's _site/a.html: inside minimal, theme.size is the size of {color: red}
        assertEquals("<nav>false|red|2|m|default</nav><div>false|red|1</div>A\n\n\n", TestSite.build(SITE).text("a.html"));
    }

    @Test
    void aLayoutOnItsOwnSeesItsOwnFrontMatter() {
        // Jekyll 4.3.1's _site/b.html
        assertEquals("<nav>true|blue|2||</nav>B\n\n", TestSite.build(SITE).text("b.html"));
    }
}
