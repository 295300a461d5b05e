package dev.hyde.jekyll;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Titles as Jekyll gives them: a document without one is titled by its slug, a page without one
 * has none (nil, not empty text), against what Jekyll 4.3.1 built.
 */
class TitlesTest {

    @Test
    void documentsAreTitledByTheirSlugAndPagesWithoutATitleHaveNone() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: T
                collections:
                  docs:
                    output: true
                -- index.html --
                ---
                ---
                A[{% if page.title %}yes{% else %}no{% endif %}] B[{% for p in site.pages %}{{p.path}}:{% if p.title %}yes({{p.title}}){% else %}no{% endif %} {% endfor %}] C[{% for p in site.posts %}{{ p.title }}|{% endfor %}] D[{% for p in site.docs %}{{ p.title }}|{% endfor %}] E[{{ site.pages | map: "title" | compact | size }}]
                -- notitle.md --
                ---
                ---
                x
                -- _posts/2016-05-20-welcome-to-jekyll.md --
                ---
                layout: null
                ---
                hi
                -- _posts/2016-05-21-my-API.guide.md --
                ---
                ---
                hi
                -- _docs/install-guide.md --
                ---
                ---
                doc
                """);
        // Jekyll 4.3.1's _site/index.html
        assertEquals("A[no] B[index.html:no notitle.md:no ] C[My Api.guide|Welcome To Jekyll|] D[Install Guide|] E[0]\n",
                site.text("index.html"));
    }

    @Test
    void aTitleGivenIsKept() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: T
                -- index.html --
                ---
                title: Home
                ---
                [{{ page.title }}] {% for p in site.posts %}[{{ p.title }}]{% endfor %}
                -- _posts/2016-05-20-welcome.md --
                ---
                title: Hello there
                ---
                hi
                """);
        assertEquals("[Home] [Hello there]\n", site.text("index.html"));
    }
}
