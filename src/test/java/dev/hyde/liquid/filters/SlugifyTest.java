package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SlugifyTest {

    private final Templates templates = Templates.utc();

    private String slug(String text, String mode) {
        String filter = mode == null ? "slugify" : "slugify: '" + mode + "'";
        return templates.render("{{ text | " + filter + " }}", "text", text);
    }

    @Test
    void defaultModeReplacesNonAlphanumericRuns() {
        assertEquals("hello-world", templates.render("{{ \"Hello World!\" | slugify }}"));
        assertEquals("q-bert-says", slug(" Q*bert says @!#?@!", null));
        assertEquals("the-config-yml-file", slug("The _config.yml file?", "default"));
        assertEquals("customizing-git-git-hooks", slug("Customizing Git - Git Hooks", null));
        assertEquals("so-what-is-jekyll-exactly", slug("So what is Jekyll, exactly?", null));
    }

    @Test
    void defaultModeKeepsLettersMarksAndDigitsOfAnyScript() {
        assertEquals("كيف-حالك", slug("كيف حالك؟", null));
        assertEquals("5時-6時-三-一四", slug("5時〜6時 三・一四", null));
        assertEquals("மல்லிப்பூ-வகைகள்", slug("மல்லிப்பூ வகைகள்", null));
    }

    @Test
    void emojiOnlyGivesEmptySlug() {
        assertEquals("", slug("💎", null));
    }

    @Test
    void rawModeOnlyReplacesWhitespace() {
        assertEquals("the-_config.yml-file?", slug("The _config.yml file?", "raw"));
    }

    @Test
    void prettyModeKeepsUrlSafePunctuation() {
        assertEquals("the-_config.yml-file", slug("The _config.yml file?", "pretty"));
        assertEquals("q-bert-says-@!-@!", slug(" Q*bert says @!#?@!", "pretty"));
        assertEquals("மல்லிப்பூ-வகைகள்", slug("மல்லிப்பூ வகைகள்", "pretty"));
    }

    @Test
    void asciiModeKeepsOnlyAsciiLettersAndDigits() {
        assertEquals("the-config-yml-file", slug("The _config.yml file?", "ascii"));
        assertEquals("f-rtive-glance", slug("fürtive glance!!!!", "ascii"));
    }

    @Test
    void latinModeDropsAccents() {
        assertEquals("the-config-yml-file", slug("The _config.yml file?", "latin"));
        assertEquals("furtive-glance", slug("fürtive glance!!!!", "latin"));
        assertEquals("aaceeiioouu", slug("àáçèéíïòóúü", "latin"));
        assertEquals("a-z", slug("Aあわれ鬱господинZ", "latin"));
    }

    @Test
    void noneModeOnlyDowncases() {
        assertEquals("the _config.yml file?", slug("The _config.yml file?", "none"));
    }

    @Test
    void downcasingIsNotContextSensitive() {
        assertEquals("οδοσ", slug("ΟΔΟΣ", null));
    }

    @Test
    void slugifierKeepsCaseOnRequest() {
        assertEquals("The-_config.yml-file", Slugifier.slugify("The _config.yml file?", "pretty", true));
        assertEquals("Working-with-drafts", Slugifier.slugify("  Working with drafts   ", null, true));
        assertNull(Slugifier.slugify(null));
    }

    @Test
    void nilRendersNothing() {
        assertEquals("", templates.render("{{ missing | slugify }}"));
    }
}
