package dev.hyde.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextBuffersTest {

    @Test
    void aBufferLikeWideTextHoldsWhatIsWrittenToIt() {
        String html = "<p>It\u2019s here \u2014 and <em>caf\u00e9</em></p>";
        StringBuilder buffer = TextBuffers.like(html, 4);
        assertEquals(0, buffer.length());
        buffer.append("<html>").append(html, 0, 10).append(html, 10, html.length()).append("</html>");
        assertEquals("<html>" + html + "</html>", buffer.toString());
        assertTrue(buffer.capacity() >= 4);
    }

    @Test
    void aBufferLikeLatinTextHoldsWideTextWrittenLater() {
        String latin = "<p>caf\u00e9</p>".repeat(300); // the first character beyond Latin-1 only after the probe
        String text = latin + "\u2019";
        StringBuilder buffer = TextBuffers.like(text, text.length());
        buffer.append(text);
        assertEquals(text, buffer.toString());
    }
}
