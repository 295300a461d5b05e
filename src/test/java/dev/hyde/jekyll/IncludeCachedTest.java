package dev.hyde.jekyll;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** jekyll-include-cache's {@code {% include_cached %}}, against what Jekyll 4.3.1 with the plugin (0.2.1) built. */
class IncludeCachedTest {

    private static final String SITE = """
            -- _config.yml --
            plugins:
              - jekyll-include-cache
            -- _includes/greet.html --
            <span class="g">Hello {{ include.who }}{% if include.n %} n={{ include.n }}{% endif %}</span>
            -- _includes/page.html --
            <i class="p">{{ page.title }}</i>{% assign leaked = "yes" %}
            """ + Stream.of("a", "b", "c").map(p -> """
            -- %s.html --
            ---
            title: %s
            ---
            <div>{%% include_cached greet.html who="x" %%}{%% include_cached greet.html who=page.title n=2 %%}\
            {%% include_cached greet.html %%}{%% include greet.html who="y" %%}</div>
            <div id="c">{%% include_cached page.html %%}[{{ leaked }}]</div>
            """.formatted(p, p.toUpperCase())).collect(Collectors.joining());

    @Test
    void cachedOutputIsTheIncludesOutputForEachNameAndParameters() {
        TestSite site = TestSite.build(SITE);
        for (String p : List.of("a", "b", "c")) {
            // Jekyll 4.3.1's first div of _site/<p>.html: parameters from the page make their own entry
            assertEquals("""
                    <div><span class="g">Hello x</span>
                    <span class="g">Hello %s n=2</span>
                    <span class="g">Hello </span>
                    <span class="g">Hello y</span>
                    </div>""".formatted(p.toUpperCase()), site.text(p + ".html").lines().limit(5)
                    .collect(Collectors.joining("\n")));
        }
    }

    @Test
    void anIncludeReadingThePageIsReusedAsThePluginWarns() {
        // The plugin's caveat: the include reads page.title and assigns a variable. Jekyll renders a
        // first and gives every page "<i class="p">A</i>", with [yes] on a only: the include never
        // runs again. Hyde renders pages in parallel, so which page is first may differ; the rest
        // holds: one output for all, the assignment made on the one page that rendered it.
        TestSite site = TestSite.build(SITE);
        List<Document> pages = Stream.of("a", "b", "c").map(p -> site.html(p + ".html")).toList();
        Set<String> shown = pages.stream().map(d -> d.expectFirst("#c i.p").text()).collect(Collectors.toSet());
        assertEquals(1, shown.size(), shown.toString());
        String first = shown.iterator().next();
        for (String p : List.of("a", "b", "c")) {
            String leaked = p.equalsIgnoreCase(first) ? "yes" : "";
            assertEquals(first + " [" + leaked + "]", site.html(p + ".html").expectFirst("#c").text());
        }
    }

    @Test
    void aMissingCachedIncludeIsReportedAtItsTag() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                plugins: [jekyll-include-cache]
                -- index.html --
                ---
                ---
                <p>x</p>
                {% include_cached nav.html depth=2 %}
                """);
        assertEquals("Include not found: nav.html", errors.get(0).title());
        assertEquals("index.html", errors.get(0).file());
        assertEquals(4, errors.get(0).line());
    }
}
