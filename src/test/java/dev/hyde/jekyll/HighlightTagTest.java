package dev.hyde.jekyll;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jekyll's {@code {% highlight %}} tag. The expected HTML is what {@code jekyll build} (Jekyll
 * 4.3.1, Rouge 3.30.0) wrote for the same files; Rouge's token spans are unwrapped from it before
 * comparing, as Hyde leaves colouring to highlight.js in the browser. Everything else (wrappers,
 * classes, line-number table, escaping, white space inside pre) must be equal.
 */
class HighlightTagTest {

    /** Jekyll 4.3.1's _site/index.html for INDEX below, as written. */
    private static final String JEKYLL_INDEX = """

            <p>Before</p>

            <figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><span class="k">def</span> <span class="nf">foo</span>
              <span class="nb">puts</span> <span class="s2">"Hello World"</span> <span class="k">if</span> <span class="n">a</span> <span class="o">&lt;</span> <span class="n">b</span> <span class="o">&amp;&amp;</span> <span class="n">c</span> <span class="o">&gt;</span> <span class="n">d</span>


            <span class="k">end</span></code></pre></figure>

            <figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1
            2
            </pre></td><td class="code"><pre><span class="n">a</span> <span class="o">=</span> <span class="mi">1</span> <span class="o">&lt;</span><span class="n">b</span><span class="o">&gt;</span>
            <span class="n">b</span> <span class="o">=</span> <span class="s1">'x'</span>
            </pre></td></tr></tbody></table></code></pre></figure>

            <figure class="highlight"><pre><code class="language-c--" data-lang="c++"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1
            </pre></td><td class="code"><pre><span class="kt">int</span> <span class="n">x</span><span class="p">;</span>
            </pre></td></tr></tbody></table></code></pre></figure>

            <figure class="highlight"><pre><code class="language-nosuchlang" data-lang="nosuchlang"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1
            2
            </pre></td><td class="code"><pre>x &lt;y&gt; &amp; "q"
            line2
            </pre></td></tr></tbody></table></code></pre></figure>

            <figure class="highlight"><pre><code class="language-js" data-lang="js"><span class="kd">var</span> <span class="nx">a</span><span class="p">;</span>
            <span class="kd">var</span> <span class="nx">b</span><span class="p">;</span></code></pre></figure>

            <figure class="highlight"><pre><code class="language-text" data-lang="text">  indented &lt;i&gt;</code></pre></figure>


            <p>After</p>
            """;

    private static final String INDEX = """
            -- _config.yml --
            title: T
            -- index.md --
            ---
            title: Home
            ---
            {% assign who = "World" %}
            Before

            {% highlight ruby %}
            def foo
              puts "Hello {{ who }}" if a < b && c > d


            end
            {% endhighlight %}

            {% highlight ruby linenos %}
            a = 1 <b>
            b = 'x'
            {% endhighlight %}

            {% highlight c++ linenos=table %}
            int x;
            {% endhighlight %}

            {% highlight nosuchlang linenos=inline %}
            x <y> & "q"
            line2
            {% endhighlight %}

            {% highlight js mark_lines="1 2" %}
            var a;
            var b;
            {% endhighlight %}

            {% highlight text %}

              indented <i>
            {% endhighlight %}

            After
            -- page.html --
            ---
            ---
            <div>{% highlight Python %}
            x = "<a>" & 'b'
            {% endhighlight %}</div>
            """;

    @Test
    void markdownPageMatchesJekyllWithoutRougeSpans() {
        TestSite site = TestSite.build(INDEX);
        assertEquals(normalised(JEKYLL_INDEX, true), normalised(site.text("index.html"), false));
        List<Diagnostic> warnings = site.result().warnings();
        assertEquals(List.of("Highlight option ignored: mark_lines"), warnings.stream().map(Diagnostic::title).toList());
        assertEquals("index.md", warnings.get(0).file());
        assertEquals(29, warnings.get(0).line());
    }

    @Test
    void unknownLanguageAndPlainTextAreJekyllsBytes() {
        TestSite site = TestSite.build(INDEX);
        String html = site.text("index.html");
        // Rouge has no lexer for these, so Jekyll's output has no spans and Hyde's is the same bytes
        assertTrue(html.contains("""
                <figure class="highlight"><pre><code class="language-nosuchlang" data-lang="nosuchlang">\
                <table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1
                2
                </pre></td><td class="code"><pre>x &lt;y&gt; &amp; "q"
                line2
                </pre></td></tr></tbody></table></code></pre></figure>"""), html);
        assertTrue(html.contains("""
                <figure class="highlight"><pre><code class="language-text" data-lang="text">  indented &lt;i&gt;</code></pre></figure>"""),
                html);
    }

    @Test
    void htmlPageGetsTheFigureWithoutLineBreaksAround() {
        TestSite site = TestSite.build(INDEX);
        // Jekyll 4.3.1's _site/page.html, spans unwrapped
        assertEquals("""
                <div><figure class="highlight"><pre><code class="language-python" data-lang="python">x = "&lt;a&gt;" &amp; 'b'</code></pre></figure></div>
                """, site.text("page.html"));
    }

    @Test
    void aTagRightBelowTextOrInAListStandsOnItsOwnAsInJekyll() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: T
                -- index.md --
                ---
                ---
                Run this:
                {% highlight bash %}
                npm install
                {% endhighlight %}
                Then this.

                * item
                  {% highlight text %}
                  a < b
                  {% endhighlight %}
                """);
        // Jekyll 4.3.1's _site/index.html: the line breaks Jekyll's Markdown converter puts around
        // the figure end the paragraph and the list
        assertEquals(normalised("""
                <p>Run this:</p>

                <figure class="highlight"><pre><code class="language-bash" data-lang="bash">npm <span class="nb">install</span></code></pre></figure>

                <p>Then this.</p>

                <ul>
                  <li>item</li>
                </ul>

                <figure class="highlight"><pre><code class="language-text" data-lang="text">  a &lt; b
                  </code></pre></figure>
                """, true), normalised(site.text("index.html"), false));
    }

    @Test
    void highlightWithoutLanguageIsAnErrorAtItsLine() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: T
                -- index.md --
                ---
                ---
                Text

                {% highlight %}
                code
                {% endhighlight %}
                """);
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic error = errors.get(0);
        assertEquals("Syntax error in highlight tag", error.title());
        assertEquals("index.md", error.file());
        assertEquals(5, error.line());
        assertTrue(error.hint().contains("{% highlight LANGUAGE %}"), error.hint());
    }

    @Test
    void quotedValueThatIsNotAListOfNumbersIsRefusedAsJekyllDoes() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: T
                -- index.md --
                ---
                ---
                {% highlight ruby foo="a" %}
                code
                {% endhighlight %}
                """);
        assertEquals("Syntax error in highlight tag", errors.get(0).title());
        assertEquals(3, errors.get(0).line());
    }

    @Test
    void unterminatedHighlightPointsAtItsOpeningTag() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: T
                -- index.md --
                ---
                ---
                x

                {% highlight ruby %}
                code
                """);
        Diagnostic error = errors.get(0);
        assertEquals("Liquid block not closed: highlight", error.title());
        assertEquals("index.md", error.file());
        assertEquals(5, error.line());
        assertEquals("Add {% endhighlight %} where the block should end.", error.hint());
    }

    @Test
    void highlighterNoneEscapesAsLiquidDoes() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                highlighter: none
                -- page.html --
                ---
                ---
                {% highlight ruby linenos %}
                  a = "<b>" 'c'
                {% endhighlight %}
                """);
        // Jekyll 4.3.1 with highlighter: none (render_codehighlighter: h(code).strip, no line numbers)
        assertEquals("""
                <figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">a = &quot;&lt;b&gt;&quot; &#39;c&#39;</code></pre></figure>
                """, site.text("page.html"));
    }

    @Test
    void markupInsideRawStaysAsWrittenAndHighlightWorksInIncludes() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: T
                -- _includes/code.html --
                {% highlight c# foo=bar %}{{ include.text }}{% endhighlight %}
                -- page.html --
                ---
                ---
                {% raw %}{% highlight c++ linenos %}{% endraw %}
                {% include code.html text="a<b" %}
                """);
        // Jekyll 4.3.1's page.html, Rouge's spans unwrapped
        assertEquals("""
                {% highlight c++ linenos %}
                <figure class="highlight"><pre><code class="language-c#" data-lang="c#">a&lt;b</code></pre></figure>

                """, site.text("page.html"));
        Diagnostic warning = site.result().warnings().get(0);
        assertEquals("Highlight option ignored: foo", warning.title());
        assertEquals("_includes/code.html", warning.file());
        assertEquals(1, warning.line());
    }

    /** The body's HTML, pretty-printed by jsoup so white space between blocks does not count; pre keeps its own. */
    private static String normalised(String html, boolean unwrapRougeSpans) {
        Document doc = Jsoup.parseBodyFragment(html);
        if (unwrapRougeSpans) {
            doc.select("figure.highlight span").unwrap();
        }
        return doc.body().html();
    }
}
