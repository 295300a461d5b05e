package dev.hyde.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hyde.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The Markdown stage (kramdown dialect) on any text: it always renders HTML, with Hyde's rules and a Jekyll site's. */
class MarkdownFuzzTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final MarkdownRenderer jekyll = new MarkdownRenderer(false);

    @FuzzTest(maxDuration = FuzzInput.SESSION)
    @Timeout(value = FuzzInput.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void render(byte[] data) {
        String text = FuzzInput.text(data);
        assertNotNull(Jsoup.parseBodyFragment(renderer.render(text)).body());
        assertNotNull(Jsoup.parseBodyFragment(jekyll.render(text)).body());
    }
}
