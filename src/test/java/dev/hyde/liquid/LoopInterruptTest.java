package dev.hyde.liquid;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a loop writes before a {@code break} or {@code continue} inside an {@code if} stays, in its
 * place. The expected text is what Jekyll 4.3.1 renders from the same page.
 */
class LoopInterruptTest {

    @Test
    void textBeforeBreakAndContinueIsKeptInOrder() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Loops
                -- _includes/pager.html --
                {% for x in (1..3) %}{% if x == 2 %}<ul>
                 B{% if forloop.first %}f{% else %}e{% endif %}</ul>
                 {% break %}
                {% endif %}{% endfor %}
                -- index.html --
                ---
                ---
                {% for x in (1..3) %}{% if x == 2 %}A{% break %}{% endif %}{% endfor %}|{% include pager.html %}\
                {% for x in (1..4) %}{{ x }}{% if x == 2 %}c{% continue %}{% endif %}-{% endfor %}|\
                {% for x in (1..2) %}{% for y in (1..3) %}{{ x }}{{ y }}{% if y == 2 %}!{% break %}{% endif %}{% endfor %};{% endfor %}|\
                {% if true %}top{% break %}{% endif %}after
                """);
        assertEquals("A|<ul>\n Be</ul>\n \n1-2c3-4-|1112!;2122!;|top", site.text("index.html"));
    }
}
