package dev.hyde.liquid;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Include markup split as Jekyll 4.3's include.rb splits it. */
class JekyllIncludeTest {

    private static JekyllInclude read(String markup) {
        JekyllInclude.Result result = JekyllInclude.read(markup);
        assertTrue(result.include().isPresent(), "refused: " + result.invalidParams());
        return result.include().get();
    }

    @Test
    void aPlainNameHasNoParameters() {
        JekyllInclude include = read(" note.html ");
        assertEquals("note.html", include.file());
        assertFalse(include.template());
        assertNull(include.params(), "no parameters: include keeps its outer value");
    }

    @Test
    void quotedValuesKeepSpacesAndLoseTheirEscapes() {
        JekyllInclude include = read("note.html a=\"Say \\\"hi\\\" to **them**\" b='it\\'s' c = page.title d=3");
        assertEquals(List.of(
                new JekyllInclude.Param("a", "Say \"hi\" to **them**", null),
                new JekyllInclude.Param("b", "it's", null),
                new JekyllInclude.Param("c", null, "page.title"),
                new JekyllInclude.Param("d", null, "3")), include.params());
    }

    @Test
    void braceAnywhereMakesEverythingUpToItTheName() {
        JekyllInclude include = read("custom/{{ page.map | downcase }}.html zoom=4");
        assertTrue(include.template());
        assertEquals("custom/{{ page.map | downcase }}.html", include.file());
        assertEquals(List.of(new JekyllInclude.Param("zoom", null, "4")), include.params());

        JekyllInclude swallowed = read("show.html param={{page.x}}");
        assertEquals("show.html param={{page.x}}", swallowed.file(), "Jekyll reads the parameter as part of the name");
        assertEquals(List.of(), swallowed.params());
    }

    @Test
    void parametersJekyllCannotReadAreRefused() {
        assertEquals("foo", JekyllInclude.read("show.html foo").invalidParams());
        assertEquals("a=\"open", JekyllInclude.read("show.html a=\"open").invalidParams());
        assertEquals("a=b=c", JekyllInclude.read("show.html a=b=c").invalidParams());
    }
}
