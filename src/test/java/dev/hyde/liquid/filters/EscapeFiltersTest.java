package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapeFiltersTest {

    private final Templates templates = Templates.utc();

    private String render(String filter, String text) {
        return templates.render("{{ text | " + filter + " }}", "text", text);
    }

    @Test
    void xmlEscapeEscapesMarkupAndQuotes() {
        assertEquals("AT&amp;T", render("xml_escape", "AT&T"));
        assertEquals("&lt;code&gt;command &amp;lt;filename&amp;gt;&lt;/code&gt;",
                render("xml_escape", "<code>command &lt;filename&gt;</code>"));
        assertEquals("foo &quot;bar&quot; &lt;baz&gt; 'q'", render("xml_escape", "foo \"bar\" <baz> 'q'"));
    }

    @Test
    void xmlEscapeOfNilIsEmpty() {
        assertEquals("", templates.render("{{ nothing | xml_escape }}"));
    }

    @Test
    void cgiEscapeUsesPlusForSpaces() {
        assertEquals("my+things", render("cgi_escape", "my things"));
        assertEquals("hey%21", render("cgi_escape", "hey!"));
        assertEquals("foo%2Cbar%3Bbaz%3F", render("cgi_escape", "foo,bar;baz?"));
    }

    @Test
    void cgiEscapeKeepsTildeAndEncodesStarAndUnicode() {
        assertEquals("a~b%2Ac%C3%A9", render("cgi_escape", "a~b*cé"));
    }

    @Test
    void uriEscapeKeepsReservedCharacters() {
        assertEquals("my%20things", render("uri_escape", "my things"));
        assertEquals("foo!*'();:@&=+$,/?#[]bar", render("uri_escape", "foo!*'();:@&=+$,/?#[]bar"));
        assertEquals("foo%20bar!*'();:@&=+$,/?#[]baz", render("uri_escape", "foo bar!*'();:@&=+$,/?#[]baz"));
        assertEquals("foo,%20bar%20%5Cbaz?", render("uri_escape", "foo, bar \\baz?"));
    }

    @Test
    void uriEscapeDoesNotEscapeTwice() {
        assertEquals("my%20things", render("uri_escape", "my%20things"));
        assertEquals("100%25", render("uri_escape", "100%"));
        assertEquals("caf%C3%A9", render("uri_escape", "café"));
    }
}
