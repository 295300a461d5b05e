package dev.hyde.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shortcut for strings JSON keeps as they are escapes what Jackson escapes, and only that. */
class JsonTest {

    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "page " + (char) c + " text";
            StringBuilder jackson = new StringBuilder("\"");
            JsonStringEncoder.getInstance().quoteAsString(text, jackson);
            assertEquals(jackson.append('"').toString(), Json.string(new StringBuilder(), text).toString(),
                    "U+" + Integer.toHexString(c));
        }
    }
}
