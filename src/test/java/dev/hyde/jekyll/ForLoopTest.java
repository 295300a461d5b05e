package dev.hyde.jekyll;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@code for} loops over, against what Jekyll 4.3.1 built. */
class ForLoopTest {

    @Test
    void loopsOverCollectionsAndTextButNotOverTrueFalseOrANumber() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Loops
                -- index.md --
                ---
                list: [1, 2]
                map:
                  a: 1
                ---
                {% assign f = false %}{% assign t = true %}{% assign n = 5 %}{% assign s = "ab" %}{% assign e = "" %}
                false [{% for c in f %}({{ c }}){% else %}else{% endfor %}]
                true [{% for c in t %}({{ c }}){% else %}else{% endfor %}]
                number [{% for c in n %}({{ c }}){% else %}else{% endfor %}]
                string [{% for c in s %}({{ c }}){% else %}else{% endfor %}]
                empty [{% for c in e %}({{ c }}){% else %}else{% endfor %}]
                list [{% for c in page.list %}({{ c }}){% else %}else{% endfor %}]
                map [{% for c in page.map %}({{ c[0] }}={{ c[1] }}){% else %}else{% endfor %}]
                missing [{% for c in page.nothing %}({{ c }}){% else %}else{% endfor %}]
                range [{% for c in (1..3) %}({{ c }}){% endfor %}]
                """);
        // Jekyll 4.3.1's _site/index.html
        assertEquals("""
                <p>false [else]
                true [else]
                number [else]
                string [(ab)]
                empty [else]
                list [(1)(2)]
                map [(a=1)]
                missing [else]
                range [(1)(2)(3)]</p>""", site.text("index.html").strip());
    }

    @Test
    void aSiteBuiltWithoutGithubsApiListsNoContributors() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Loops
                repository: example/loops
                plugins:
                  - jekyll-github-metadata
                -- index.html --
                ---
                ---
                <ul>{% for c in site.github.contributors %}<li>{{ c.login }}</li>{% endfor %}</ul>
                """);
        assertEquals("<ul></ul>", site.text("index.html").strip());
    }
}
