package dev.hyde.diag;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A FreeMarker layout that loops for hours without writing anything (the output bound never
 * trips) is stopped by the page's render time, at the loop's line.
 */
class LayoutTimeLimitTest {
    private static final String CONFIG = """
            -- _config.yml --
            title: Site
            liquid_limits:
              max_render_millis: 300
            """;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEmptyListOverAHugeRangeStopsAtItsLine() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(CONFIG + """
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                -- content/other.md --
                ---
                title: Other
                layout: plain
                ---
                Fine
                -- templates/plain.ftlh --
                <main>${content?no_esc}</main>
                -- templates/default.ftlh --
                <main>${content?no_esc}</main>
                <#list 1..2000000000 as i></#list>
                <#list 1..2000000000 as i><#list 1..2000000000 as j></#list></#list>
                """);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertEquals("Layout rendering took too long while rendering content/index.md", e.title());
        assertEquals("templates/default.ftlh", e.file());
        assertEquals(2, e.line(), e::toString);
        assertTrue(e.detail().contains("300 ms"), e.detail());
        assertTrue(e.hint().contains("liquid_limits.max_render_millis"), e.hint());
        assertTrue(e.hint().endsWith("_config.yml."), e.hint());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLoopInAnIncludedTemplateIsBoundedToo() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(CONFIG + """
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                -- templates/default.ftlh --
                <#include "parts/spin.ftlh">
                <main>${content?no_esc}</main>
                -- templates/parts/spin.ftlh --
                <#-- spins -->
                <#list 1..2000000000 as i><#if i < 0>x</#if></#list>
                """);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertTrue(e.title().startsWith("Layout rendering took too long"), e::toString);
        assertEquals("templates/parts/spin.ftlh", e.file());
        assertEquals(2, e.line(), e::toString);
        assertFalse(Thread.currentThread().isInterrupted(), "no interrupt is left behind");
    }
}
